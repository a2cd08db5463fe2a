package dev.hangtime.desktop.model;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.routines.files.IoTrouble;
import dev.hangtime.routines.settings.LoadedSettings;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.WindowTheme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings page: the values being edited, what is wrong with the file they came from, and saving them to the
 * settings file both front ends read. Until saved, nothing changes on disk; a file with problems is kept aside
 * before it is replaced, as {@code settings.json.broken}, since it may hold what the user meant.
 */
public final class SettingsModel {

    /** Writes the settings file whole; where a broken file was kept aside, if it was. */
    @FunctionalInterface
    public interface Store {
        Optional<Path> save(Settings settings) throws IOException;
    }

    private final Store store;
    private final Path file;
    private Settings saved;
    private Settings editing;
    private Optional<String> problem;

    /**
     * @param loaded the settings as read, with what was wrong with the file
     * @param file where they are kept, as the page names it
     */
    public SettingsModel(LoadedSettings loaded, Path file, Store store) {
        this.store = store;
        this.file = file;
        this.saved = loaded.settings();
        this.editing = loaded.settings();
        this.problem = loaded.problem();
    }

    public Settings settings() {
        return editing;
    }

    /** The settings as last saved (or read): what sessions use. */
    public Settings saved() {
        return saved;
    }

    /** What was wrong with the file, until the settings are saved over it. */
    public Optional<String> problem() {
        return problem;
    }

    /** Whether there are changes not saved. */
    public boolean changed() {
        return !editing.equals(saved);
    }

    public void volume(int percent) {
        editing = editing.withVolume(Math.max(0, Math.min(Settings.MAX_VOLUME, percent)));
    }

    public void voice(boolean on) {
        editing = editing.withVoice(on);
    }

    public void countdown(int seconds) {
        editing = editing.withCountdown(Math.max(0, Math.min(Cues.MAX_COUNTDOWN, seconds)));
    }

    public void mute(boolean muted) {
        editing = editing.withMute(muted);
    }

    public void theme(WindowTheme theme) {
        editing = editing.withTheme(theme);
    }

    public void onTop(boolean on) {
        editing = editing.withOnTop(on);
    }

    /**
     * Saves the settings being edited.
     *
     * @return what happened, in a sentence for the page: saved, with where a broken file was kept, or why not
     */
    public String save() {
        try {
            Optional<Path> kept = store.save(editing);
            saved = editing;
            problem = Optional.empty();
            return "Saved to " + file + kept.map(p -> "; the file it replaced had problems and is kept as " + p)
                    .orElse("") + ".";
        } catch (IOException e) {
            return "Not saved: " + file + ": " + IoTrouble.words(e) + ". Your changes are still here; free some"
                    + " space or fix the folder's permissions, then save again.";
        }
    }
}
