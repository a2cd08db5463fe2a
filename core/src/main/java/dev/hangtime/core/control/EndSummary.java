package dev.hangtime.core.control;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * How it went, a line each, as both end pages say it: the time spent (and with pauses), how much of the plan
     * was done, the steps completed and skipped, and where it stopped.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        boolean paused = sinceStart.minus(active).getSeconds() >= 1;
        lines.add("Time spent: " + DurationText.of(active)
                + (paused ? " (" + DurationText.of(sinceStart) + " with pauses)" : ""));
        lines.add("Plan done: " + DurationText.of(planDone) + " of " + DurationText.of(planned));
        String done = "Steps: " + completedSteps + " of " + steps + " completed";
        lines.add(skippedSteps > 0 ? done + ", " + skippedSteps + " skipped" : done);
        stoppedAt.ifPresent(s -> lines.add("Stopped at step " + (s.step() + 1) + " of " + steps + ": "
                + SafeText.line(s.title())));
        return lines;
    }
}
