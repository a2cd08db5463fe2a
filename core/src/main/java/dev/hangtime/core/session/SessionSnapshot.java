package dev.hangtime.core.session;

import dev.hangtime.core.routine.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * What a screen shows of a session at one moment. Immutable; times are never negative.
 *
 * @param state where the session stands (PAUSED also while a manual segment is paused)
 * @param sinceStart time since the session started, pauses included
 * @param segment the current segment; empty before the start and after the end
 * @param segmentElapsed active time in the current segment
 * @param segmentRemaining time left in the current segment; empty for a manual one
 * @param next the segment after the current one
 * @param active active time of the whole session so far
 * @param done planned time behind the user: the lengths of the segments before the current one, plus
 *     what has run of the current one
 * @param total the planned length of every timed segment, with any time added to the current one
 * @param segmentCount how many segments the session has
 */
public record SessionSnapshot(SessionState state, Duration sinceStart, Optional<Segment> segment,
        Duration segmentElapsed, Optional<Duration> segmentRemaining, Optional<Segment> next, Duration active,
        Duration done, Duration total, int segmentCount) {

    /** The fraction of the current segment that has run, 0–1; 0 for a manual segment. */
    public double segmentProgress() {
        return segment.flatMap(Segment::length).map(len -> fraction(segmentElapsed, len)).orElse(0.0);
    }

    /** The fraction of the session's planned time behind the user, 0–1. */
    public double sessionProgress() {
        return state == SessionState.FINISHED ? 1.0 : fraction(done, total);
    }

    private static double fraction(Duration part, Duration whole) {
        return whole.isZero() ? 0.0 : Math.min(1.0, (double) part.toNanos() / whole.toNanos());
    }
}
