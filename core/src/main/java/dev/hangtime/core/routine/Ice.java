package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * An ice pack.
 *
 * @param checkEvery if present, the period of a soft reminder to check the skin
 */
public record Ice(Duration duration, Optional<Duration> checkEvery, StepStyle style) implements Step {

    public Ice {
        Limits.requireDuration("duration", duration, false);
        Limits.requireDuration("checkEvery", checkEvery, false);
    }

    @Override
    public String type() {
        return "ice";
    }
}
