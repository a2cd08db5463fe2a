package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * A heat pack.
 *
 * @param checkEvery if present, the period of a soft reminder to check the skin
 */
public record Heat(Duration duration, Optional<Duration> checkEvery, StepStyle style) implements Step {

    public Heat {
        Limits.requireDuration("duration", duration, false);
        Limits.requireDuration("checkEvery", checkEvery, false);
    }

    @Override
    public String type() {
        return "heat";
    }
}
