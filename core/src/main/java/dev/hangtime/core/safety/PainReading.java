package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A pain score, or the two of a session, on a day: what red flags are read from.
 *
 * @param day the day it was given, where it was given
 * @param before the score before a session, or a score given on its own
 * @param after the score after a session
 */
public record PainReading(LocalDate day, OptionalInt before, OptionalInt after) {

    /** Whether it is a session with both scores, which says whether the session made the pain rise. */
    public boolean hasRise() {
        return before.isPresent() && after.isPresent();
    }

    /** How much the pain rose over the session; call only when {@link #hasRise()}. */
    public int rise() {
        return after.getAsInt() - before.getAsInt();
    }
}
