package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * A hold on an inversion table.
 *
 * @param angle degrees below horizontal, 0–90
 * @param hold how long to stay inverted
 * @param oscillate if present, the period of a soft cue to rock in or out
 */
public record Inversion(int angle, Duration hold, Optional<Duration> oscillate, StepStyle style) implements Step {

    public Inversion {
        Limits.requireRange("angle", angle, Limits.MIN_ANGLE, Limits.MAX_ANGLE);
        Limits.requireDuration("hold", hold, false);
        Limits.requireDuration("oscillate", oscillate, false);
    }

    @Override
    public String type() {
        return "inversion";
    }
}
