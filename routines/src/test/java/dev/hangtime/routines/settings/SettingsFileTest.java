package dev.hangtime.routines.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.routines.files.SpecialFiles;
import dev.hangtime.routines.library.HangtimePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsFileTest {

    @TempDir
    Path home;

    private Path settingsPath() {
        return HangtimePaths.of(Map.of("HANGTIME_HOME", home.toString()), home).settings();
    }

    private SettingsFile file() {
        return SettingsFile.at(HangtimePaths.of(Map.of("HANGTIME_HOME", home.toString()), home));
    }

    private void write(String text) throws IOException {
        Files.writeString(settingsPath(), text);
    }

    @Test
    void load_withNoFile_givesTheDefaultsAndNoProblem() {
        LoadedSettings loaded = file().load();

        assertEquals(new LoadedSettings(new Settings(80, false, 3, false), Optional.empty()), loaded);
    }

    @Test
    void load_aNamedPipe_givesTheDefaultsAndSaysWhy_withoutOpeningIt() throws Exception {
        Path pipe = SpecialFiles.fifo(settingsPath());

        LoadedSettings loaded = assertTimeoutPreemptively(SpecialFiles.HANG, () -> file().load());

        assertEquals(new LoadedSettings(Settings.DEFAULTS, Optional.of(pipe + ": is a named pipe (FIFO), not a"
                + " settings file (remove it, or make it a file)\n(using the defaults)")), loaded);
    }

    @Test
    void save_overANamedPipe_replacesItWithoutReadingIt() throws Exception {
        SpecialFiles.fifo(settingsPath());

        Optional<Path> kept = assertTimeoutPreemptively(SpecialFiles.HANG, () -> file().save(Settings.DEFAULTS
                .withVolume(40)));

        assertEquals(List.of(Optional.empty(), 40), List.of(kept, file().load().settings().volume()));
    }

    @Test
    void load_aFileTooLargeToBeSettings_givesTheDefaultsWithoutReadingIt() throws IOException {
        write(" ".repeat(SettingsFile.MAX_BYTES) + "{\"volume\": 10}");

        LoadedSettings loaded = file().load();

        assertEquals(new LoadedSettings(Settings.DEFAULTS, Optional.of(settingsPath() + ": too large to be settings"
                + " (over 64 KB; they are a few lines: fix the file or delete it to start afresh)\n(using the"
                + " defaults)")), loaded);
    }

    @Test
    void load_aGoodFile_givesItsValues() throws IOException {
        write("{\"volume\": 35, \"voice\": true, \"countdown\": 5, \"mute\": true}");

        LoadedSettings loaded = file().load();

        assertEquals(new LoadedSettings(new Settings(35, true, 5, true), Optional.empty()), loaded);
    }

    @Test
    void load_aFileWithSomeSettings_fillsInTheRestWithDefaults() throws IOException {
        write("{\"voice\": true}");

        assertEquals(new Settings(80, true, 3, false), file().load().settings());
    }

    static Stream<Arguments> badFiles() {
        String rest = "\n(using the defaults for it; fix the file or delete it to start afresh)";
        return Stream.of(
                Arguments.of("not-json.json", Settings.DEFAULTS, ":2:16: not valid JSON: Unexpected character"
                        + " (',' (code 44)): was expecting double-quote to start field name" + rest),
                Arguments.of("too-loud.json", new Settings(80, true, 3, false),
                        ":2:13: volume: must be a whole number from 0 to 100" + rest),
                Arguments.of("misspelt.json", new Settings(80, false, 3, true),
                        ":2:3: volum: unknown setting (known: volume, voice, countdown, mute, theme, onTop)" + rest),
                Arguments.of("duplicate.json", new Settings(30, false, 3, true),
                        ":4:3: volume: given twice; the first, at line 2, column 3, counts (remove one)"
                                + "\n(fix the file or delete it to start afresh)"),
                Arguments.of("not-an-object.json", Settings.DEFAULTS,
                        ":1:1: settings are a JSON object, such as {\"volume\": 80}" + rest),
                Arguments.of("wrong-types.json", new Settings(40, false, 3, false),
                        ":2:11: mute: must be true or false\n{file}:3:16: countdown: must be a whole number from 0 to 10"
                                + "\n(using the defaults for these; fix the file or delete it to start afresh)"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void load_aBadFile_saysWhereAndWhatOnce_andUsesDefaultsForIt(String fixture, Settings expected, String message)
            throws IOException {
        try (InputStream in = SettingsFileTest.class.getResourceAsStream("bad/" + fixture)) {
            Files.write(settingsPath(), in.readAllBytes());
        }
        String file = settingsPath().toString();

        LoadedSettings loaded = file().load();

        assertEquals(new LoadedSettings(expected, Optional.of(file + message.replace("{file}", file))), loaded);
    }

    @Test
    void save_thenLoad_givesTheSameSettings() throws IOException {
        Settings settings = new Settings(55, true, 0, true);

        file().save(settings);

        assertEquals(new LoadedSettings(settings, Optional.empty()), file().load());
    }

    @Test
    void save_writesTheWholeFileReadably_andLeavesNoTemporaryFile() throws IOException {
        Files.createDirectories(home.resolve("routines"));

        file().save(new Settings(55, true, 4, false));

        assertEquals("{\n  \"volume\": 55,\n  \"voice\": true,\n  \"countdown\": 4,\n  \"mute\": false,\n"
                + "  \"theme\": \"system\",\n  \"onTop\": false\n}\n",
                Files.readString(settingsPath()));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of("routines", "settings.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void save_intoAFolderNotYetMade_makesIt() throws IOException {
        SettingsFile nested = new SettingsFile(home.resolve("config/hangtime/settings.json"));

        nested.save(Settings.DEFAULTS);

        assertEquals(Settings.DEFAULTS, nested.load().settings());
    }

    @Test
    void save_overABrokenFile_keepsItBesideTheNewOne() throws IOException {
        write("{\"volume\": 80,, oops");

        Optional<Path> kept = file().save(Settings.DEFAULTS.withVolume(60));

        Path aside = home.resolve("settings.json.broken");
        assertEquals(Optional.of(aside), kept);
        assertEquals("{\"volume\": 80,, oops", Files.readString(aside));
        assertEquals(60, file().load().settings().volume());
    }

    @Test
    void save_overAGoodFile_keepsNoCopy() throws IOException {
        write("{\"volume\": 30}");

        Optional<Path> kept = file().save(Settings.DEFAULTS);

        assertEquals(Optional.empty(), kept);
        assertEquals(false, Files.exists(home.resolve("settings.json.broken")));
    }

    @Test
    void settings_outOfRange_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Settings(101, false, 3, false));
        assertThrows(IllegalArgumentException.class, () -> new Settings(80, false, 11, false));
    }

    @Test
    void cueDefaults_layUnderARoutinesOwnCues() {
        Cues routine = new Cues(OptionalInt.empty(), Optional.of(true));

        Cues applied = routine.over(new Settings(80, false, 5, false).cueDefaults()).over(Cues.DEFAULTS);

        assertEquals(new Cues(OptionalInt.of(5), Optional.of(true)), applied);
    }

    @Test
    void theWindowsSettings_areReadAndWrittenBack_andABadThemeSaysWhatItMayBe() throws IOException {
        write("{\"theme\": \"dark\", \"onTop\": true}");
        Settings read = file().load().settings();
        write("{\n  \"theme\": \"blue\"\n}");
        LoadedSettings bad = file().load();
        file().save(read);

        assertEquals(Settings.DEFAULTS.withTheme(WindowTheme.DARK).withOnTop(true), read);
        assertEquals(WindowTheme.SYSTEM, bad.settings().theme());
        assertEquals(Optional.of(settingsPath() + ":2:12: theme: must be \"system\", \"light\" or \"dark\"\n"
                + "(using the defaults for it; fix the file or delete it to start afresh)"), bad.problem());
        assertEquals(new LoadedSettings(read, Optional.empty()), file().load());
    }
}
