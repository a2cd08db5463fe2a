package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/** What can be asked of any step, whatever its type. */
final class Steps {

    private Steps() {
    }

    /** The length of a single-segment step; empty for a prompt that waits, an exercise or a repeat. */
    static Optional<Duration> length(Step step) {
        if (step instanceof Inversion) {
            return Optional.of(((Inversion) step).hold());
        } else if (step instanceof Rest) {
            return Optional.of(((Rest) step).duration());
        } else if (step instanceof Walk) {
            return Optional.of(((Walk) step).duration());
        } else if (step instanceof Heat) {
            return Optional.of(((Heat) step).duration());
        } else if (step instanceof Ice) {
            return Optional.of(((Ice) step).duration());
        } else if (step instanceof Prompt) {
            return ((Prompt) step).duration();
        }
        return Optional.empty();
    }
}
