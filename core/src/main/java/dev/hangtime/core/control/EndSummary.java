package dev.hangtime.core.control;

import dev.hangtime.core.routine.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * How a session went, for its end page.
 *
 * @param routineName the routine's display name
 * @param outcome completed or stopped
 * @param active time spent in steps, pauses left out
 * @param sinceStart time from the start to the end, pauses included
 * @param completedSteps steps run to their end or said done
 * @param skippedSteps steps skipped
 * @param steps how many steps the routine has
 * @param stoppedAt the step that was running when the user stopped
 * @param planDone how much of the routine's planned time was done: skipped parts and time spent waiting at a
 *     step that waits count for nothing, so it is not the time spent
 * @param planned the routine's planned time
 */
public record EndSummary(String routineName, Outcome outcome, Duration active, Duration sinceStart,
        int completedSteps, int skippedSteps, int steps, Optional<Segment> stoppedAt, Duration planDone,
        Duration planned) {

    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }
}
