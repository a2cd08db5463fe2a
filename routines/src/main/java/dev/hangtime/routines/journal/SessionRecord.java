package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One session as the journal tells it, however many runs it took (a session cut off and resumed is one).
 *
 * @param device the device whose file holds it
 * @param start when it started, in the zone it started in
 * @param end when it ended, in the zone it ended in; for a session cut off without an end, the last moment
 *     it was known to run
 * @param active time spent in its segments, pauses excluded
 * @param byKind active time per kind of segment; kinds with none are left out
 * @param completed steps completed, as the end page counts them ({@link dev.hangtime.core.control.StepOutcomes})
 * @param skipped steps skipped; going back is not skipping
 * @param stoppedAt where it stopped, for a session that did not complete
 * @param painBefore the score given before it, 0–10
 * @param painAfter the score given after it, 0–10
 * @param note what the user wrote after it
 * @param segments how many segments its routine has
 * @param steps how many routine steps they make, as the end page counts them
 * @param runs how many runs it took: 1, plus one for each time it was resumed
 * @param process the process of its last run, to tell whether it still runs
 * @param plan the plan and day it was run for, if it was run from a plan
 */
public record SessionRecord(UUID id, String device, RoutineRef routine, ZonedDateTime start, ZonedDateTime end,
        Ending ending, Duration active, Map<SegmentKind, Duration> byKind, int completed, int skipped,
        Optional<Stop> stoppedAt, OptionalInt painBefore, OptionalInt painAfter, Optional<String> note,
        int segments, int steps, int runs, ProcessRef process, Optional<PlanTag> plan) {

    public SessionRecord {
        byKind = Map.copyOf(byKind);
    }

    /** A session run outside any plan. */
    public SessionRecord(UUID id, String device, RoutineRef routine, ZonedDateTime start, ZonedDateTime end,
            Ending ending, Duration active, Map<SegmentKind, Duration> byKind, int completed, int skipped,
            Optional<Stop> stoppedAt, OptionalInt painBefore, OptionalInt painAfter, Optional<String> note,
            int segments, int steps, int runs, ProcessRef process) {
        this(id, device, routine, start, end, ending, active, byKind, completed, skipped, stoppedAt, painBefore,
                painAfter, note, segments, steps, runs, process, Optional.empty());
    }

    /** Active time in segments of {@code kind}. */
    public Duration time(SegmentKind kind) {
        return byKind.getOrDefault(kind, Duration.ZERO);
    }

    /**
     * Where a session stopped.
     *
     * @param spent how far into the segment, in active time, as far as the journal knows
     * @param finished whether the segment had run to its end, the next one not yet begun, when the session was
     *     cut off
     */
    public record Stop(Place place, Duration spent, boolean finished) {
    }
}
