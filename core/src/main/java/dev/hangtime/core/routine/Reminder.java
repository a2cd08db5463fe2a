package dev.hangtime.core.routine;

import java.time.Duration;

/**
 * A soft cue that repeats through a segment.
 *
 * @param reason why it sounds
 * @param every its period; the first sounds one period after the segment starts
 */
public record Reminder(Reason reason, Duration every) {

    /** Why a reminder sounds. */
    public enum Reason {
        /** Rock in or out on the inversion table. */
        OSCILLATE,
        /** Check the skin under a heat or ice pack. */
        CHECK_SKIN;

        /** The hyphenated name used in events. */
        public String word() {
            return this == OSCILLATE ? "oscillate" : "check-skin";
        }
    }

    public Reminder {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a reminder needs a positive period: " + every);
        }
    }
}
