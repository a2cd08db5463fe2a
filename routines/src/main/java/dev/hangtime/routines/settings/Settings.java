package dev.hangtime.routines.settings;

import dev.hangtime.core.routine.Cues;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user has chosen about sound, and about the desktop's window, kept in the settings file that both
 * front ends read.
 *
 * @param volume loudness of the cues, 0–100
 * @param voice whether steps are also announced aloud (needs espeak-ng)
 * @param countdown pips in the last N seconds of a step, 0–10, for routines that do not say
 * @param mute whether sessions start with sound off; {@code --mute} and the {@code m} key override it
 * @param theme the desktop window's colours; the terminal keeps its own
 * @param onTop whether the desktop window stays above the others
 */
public record Settings(int volume, boolean voice, int countdown, boolean mute, WindowTheme theme, boolean onTop) {

    /** What applies when the file is missing, or for whatever it gets wrong. */
    public static final Settings DEFAULTS = new Settings(80, false, 3, false);

    public static final int MAX_VOLUME = 100;

    /** Sound settings, the window as the system has it. */
    public Settings(int volume, boolean voice, int countdown, boolean mute) {
        this(volume, voice, countdown, mute, WindowTheme.SYSTEM, false);
    }

    public Settings {
        Objects.requireNonNull(theme, "theme");
        if (volume < 0 || volume > MAX_VOLUME) {
            throw new IllegalArgumentException("volume must be 0–" + MAX_VOLUME + ": " + volume);
        }
        if (countdown < 0 || countdown > Cues.MAX_COUNTDOWN) {
            throw new IllegalArgumentException("countdown must be 0–" + Cues.MAX_COUNTDOWN + ": " + countdown);
        }
    }

    public Settings withVolume(int newVolume) {
        return new Settings(newVolume, voice, countdown, mute, theme, onTop);
    }

    public Settings withVoice(boolean newVoice) {
        return new Settings(volume, newVoice, countdown, mute, theme, onTop);
    }

    public Settings withCountdown(int newCountdown) {
        return new Settings(volume, voice, newCountdown, mute, theme, onTop);
    }

    public Settings withMute(boolean newMute) {
        return new Settings(volume, voice, countdown, newMute, theme, onTop);
    }

    public Settings withTheme(WindowTheme newTheme) {
        return new Settings(volume, voice, countdown, mute, newTheme, onTop);
    }

    public Settings withOnTop(boolean newOnTop) {
        return new Settings(volume, voice, countdown, mute, theme, newOnTop);
    }

    /**
     * The user's countdown as routine cue settings, to lay under a routine's own:
     * {@code routine.cues().over(settings.cueDefaults())} keeps what the routine says and fills in the rest.
     */
    public Cues cueDefaults() {
        return new Cues(OptionalInt.of(countdown), Optional.empty());
    }
}
