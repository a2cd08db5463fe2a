package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * What the end-of-session screen shows.
 *
 * @param routineName the routine's display name
 * @param completed whether the session ran through its last step
 * @param active time spent in steps, pauses left out
 * @param sinceStart time from the start to the end, pauses included
 * @param completedSteps steps run to their end or said done
 * @param skippedSteps steps skipped
 * @param steps how many steps the routine has
 * @param stoppedAt the step that was running when the user stopped
 * @param afterwards what the Enter key does now, such as "close" or "back to the library"
 */
record EndView(String routineName, boolean completed, Duration active, Duration sinceStart, int completedSteps,
        int skippedSteps, int steps, Optional<Segment> stoppedAt, String afterwards) {
}
