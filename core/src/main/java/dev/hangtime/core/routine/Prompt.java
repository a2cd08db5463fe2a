package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * An instruction. With a duration it advances by itself; without one it waits for the user.
 */
public record Prompt(String text, Optional<Duration> duration, StepStyle style) implements Step {

    public Prompt {
        Limits.requireText("text", text, Limits.MAX_PROMPT_TEXT, false);
        Limits.requireDuration("duration", duration, false);
        if (duration.isEmpty() && !style.prepare().isZero()) {
            throw new IllegalArgumentException("prepare needs a timed step; this prompt waits for the user");
        }
    }

    @Override
    public String type() {
        return "prompt";
    }
}
