package dev.hangtime.core.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The values a plan sets for a week's session, each on the steps of its routine that it names (see
 * {@link DayRoutine}); a value left out leaves the routine's own.
 *
 * @param angle the angle of every inversion hold steeper than {@link DayRoutine#NEAR_LEVEL}
 * @param hold the length of every such hold that does not rock
 * @param walk the length of the routine's main walk: its longest walk step
 * @param heat the length of every heat step
 * @param ice the length of every ice step
 * @param reps the reps of every exercise that counts reps: one entry for the same in every set, or one per set
 * @param sets the sets of every exercise with timed sets or the same reps in every set
 */
public record WeekValues(OptionalInt angle, Optional<Duration> hold, Optional<Duration> walk, Optional<Duration> heat,
        Optional<Duration> ice, List<Integer> reps, OptionalInt sets) {

    /** Nothing set: the routine as it is. */
    public static final WeekValues NONE = new WeekValues(OptionalInt.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), OptionalInt.empty());

    public WeekValues {
        reps = List.copyOf(reps);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
