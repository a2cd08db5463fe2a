package dev.hangtime.core.cue;

import java.util.Objects;

/**
 * Whether the cues are heard, as a front end shows it: in a header ({@link #label()}), in the events of a
 * script ({@link State#word()}), and, when there is no sound, why and what to do.
 *
 * @param state where sound stands
 * @param reason what is wrong, in plain words; empty unless {@link State#UNAVAILABLE}
 * @param advice what the user can do about it; empty unless {@link State#UNAVAILABLE}
 */
public record SoundStatus(State state, String reason, String advice) {

    /** Where sound stands. */
    public enum State {
        /** The device is being opened and warmed; cues until then get the stand-in. */
        STARTING("starting", "sound starting"),
        /** Cues are heard. */
        ON("on", "sound on"),
        /** The user turned sound off. */
        MUTED("muted", "sound off"),
        /** No sound: the stand-in takes each cue, and the device is tried again now and then. */
        UNAVAILABLE("unavailable", "no sound"),
        /** The device is back and warming after it was lost; cues until then get the stand-in. */
        COMING_BACK("coming-back", "sound coming back");

        private final String word;
        private final String label;

        State(String word, String label) {
            this.word = word;
            this.label = label;
        }

        /** The state's name in the {@code sound} events of {@code run --events}. */
        public String word() {
            return word;
        }
    }

    public static final SoundStatus STARTING = new SoundStatus(State.STARTING, "", "");
    public static final SoundStatus ON = new SoundStatus(State.ON, "", "");
    public static final SoundStatus MUTED = new SoundStatus(State.MUTED, "", "");
    public static final SoundStatus COMING_BACK = new SoundStatus(State.COMING_BACK, "", "");

    public SoundStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(advice, "advice");
    }

    /** No sound, because {@code reason}; {@code advice} says what the user can do. */
    public static SoundStatus unavailable(String reason, String advice) {
        return new SoundStatus(State.UNAVAILABLE, reason, advice);
    }

    /** A few words for a header: "sound on", "sound off", "no sound", "sound starting", "sound coming back". */
    public String label() {
        return state.label;
    }

    /** Whether cues are heard now. */
    public boolean heard() {
        return state == State.ON;
    }
}
