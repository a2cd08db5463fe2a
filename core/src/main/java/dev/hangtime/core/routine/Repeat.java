package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The inner steps {@code times} times, with {@code restBetween} between rounds (never after the last).
 *
 * @param label what a round is called, such as "Round"
 */
public record Repeat(int times, List<Step> steps, Duration restBetween, Optional<String> label) implements Step {

    public Repeat {
        Limits.requireRange("times", times, Limits.MIN_TIMES, Limits.MAX_TIMES);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a repeat needs at least one step");
        }
        Limits.requireDuration("restBetween", restBetween, true);
        Limits.requireText("label", label, Limits.MAX_LABEL, false);
    }

    @Override
    public StepStyle style() {
        return new StepStyle(label, Optional.empty(), Duration.ZERO, Cues.INHERIT);
    }

    @Override
    public String type() {
        return "repeat";
    }
}
