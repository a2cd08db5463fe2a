package dev.hangtime.core.routine;

import java.time.Duration;

/** A rest. A zero-length rest produces nothing when the routine runs. */
public record Rest(Duration duration, StepStyle style) implements Step {

    public Rest {
        Limits.requireDuration("duration", duration, true);
    }

    @Override
    public String type() {
        return "rest";
    }
}
