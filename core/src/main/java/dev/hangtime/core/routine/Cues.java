package dev.hangtime.core.routine;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cue settings of a routine or a step. An empty field inherits from the enclosing level; a routine's
 * settings inherit from {@link #DEFAULTS}.
 *
 * @param countdown pips in the last N seconds of a timed step, 0–10
 * @param halfway whether a cue sounds halfway through a step
 */
public record Cues(OptionalInt countdown, Optional<Boolean> halfway) {

    /** The highest countdown a routine may ask for. */
    public static final int MAX_COUNTDOWN = 10;

    /** Nothing set: everything inherits. */
    public static final Cues INHERIT = new Cues(OptionalInt.empty(), Optional.empty());

    /** What applies when neither the routine nor the step says otherwise. */
    public static final Cues DEFAULTS = new Cues(OptionalInt.of(3), Optional.of(false));

    public Cues {
        if (countdown.isPresent() && (countdown.getAsInt() < 0 || countdown.getAsInt() > MAX_COUNTDOWN)) {
            throw new IllegalArgumentException("countdown must be 0–" + MAX_COUNTDOWN + ": " + countdown.getAsInt());
        }
    }

    /** These settings, with every empty field taken from {@code outer}. */
    public Cues over(Cues outer) {
        return new Cues(countdown.isPresent() ? countdown : outer.countdown,
                halfway.isPresent() ? halfway : outer.halfway);
    }

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return countdown.isEmpty() && halfway.isEmpty();
    }
}
