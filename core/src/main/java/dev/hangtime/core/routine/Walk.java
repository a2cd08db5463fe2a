package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * A walk.
 *
 * @param pace free text such as "easy" or "brisk"
 */
public record Walk(Duration duration, Optional<String> pace, StepStyle style) implements Step {

    public Walk {
        Limits.requireDuration("duration", duration, false);
        Limits.requireText("pace", pace, Limits.MAX_PACE, false);
    }

    @Override
    public String type() {
        return "walk";
    }
}
