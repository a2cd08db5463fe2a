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
 * @param done the plan done: of each segment run, its planned time as far as it ran (all of it once it ran
 *     to its end, none of what was skipped), plus what has run of the current one; a skip does not move it
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

    /** The fraction of the session's planned time done, 0–1: less than 1 at the end if anything was skipped. */
    public double sessionProgress() {
        return fraction(done, total);
    }

    private static double fraction(Duration part, Duration whole) {
        return whole.isZero() ? 0.0 : Math.min(1.0, (double) part.toNanos() / whole.toNanos());
    }
}
