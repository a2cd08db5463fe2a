package dev.hangtime.desktop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.routines.settings.LoadedSettings;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import dev.hangtime.routines.settings.WindowTheme;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page's values, kept in the real settings file, and what it says when that goes wrong. */
class SettingsModelTest {

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("settings.json");
    }

    @Test
    void edits_changeNothingUntilSaved_thenTheFileHoldsThem_andTheTerminalReadsThemBack() throws IOException {
        SettingsFile settings = new SettingsFile(file());
        SettingsModel model = new SettingsModel(settings.load(), file(), settings::save);

        model.volume(140);
        model.countdown(5);
        model.voice(true);
        model.theme(WindowTheme.DARK);
        model.onTop(true);
        assertTrue(model.changed());
        assertFalse(Files.exists(file()));
        String said = model.save();

        Settings expected = new Settings(100, true, 5, false, WindowTheme.DARK, true);
        assertEquals("Saved to " + file() + ".", said);
        assertEquals(expected, model.saved());
        assertFalse(model.changed());
        assertEquals(new LoadedSettings(expected, Optional.empty()), new SettingsFile(file()).load());
    }

    @Test
    void aBrokenFile_isShown_thenKeptAsideWhenSavedOver() throws IOException {
        Files.writeString(file(), "{\"volume\": \"loud\"}");
        SettingsFile settings = new SettingsFile(file());
        SettingsModel model = new SettingsModel(settings.load(), file(), settings::save);

        Optional<String> before = model.problem();
        String said = model.save();

        assertEquals(Optional.of(file() + ":1:12: volume: must be a whole number from 0 to 100\n(using the defaults"
                + " for it; fix the file or delete it to start afresh)"), before);
        assertEquals("Saved to " + file() + "; the file it replaced had problems and is kept as " + file()
                + ".broken.", said);
        assertEquals(Optional.empty(), model.problem());
        assertEquals("{\"volume\": \"loud\"}", Files.readString(home.resolve("settings.json.broken")));
    }

    @Test
    void aFileThatCannotBeWritten_saysWhy_andKeepsTheEdits() {
        SettingsModel model = new SettingsModel(new LoadedSettings(Settings.DEFAULTS, Optional.empty()), file(),
                s -> {
                    throw new AccessDeniedException(file().toString());
                });
        model.volume(30);

        String said = model.save();

        assertEquals("Not saved: " + file() + ": permission denied. Your changes are still here; free some space"
                + " or fix the folder's permissions, then save again.", said);
        assertEquals(30, model.settings().volume());
        assertTrue(model.changed());
    }
}
