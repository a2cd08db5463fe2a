package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A core exercise, in one of three shapes:
 * <ul>
 *   <li>timed sets: {@code work} per set;</li>
 *   <li>timed reps: {@code reps} per set, each a {@code hold}, with {@code relax} between reps;</li>
 *   <li>untimed sets: {@code reps} without {@code hold}; each set waits for the user to say done.</li>
 * </ul>
 *
 * @param name the exercise, such as "Bird-dog"
 * @param work length of a timed set, or empty when the exercise counts reps
 * @param repsPerSet reps in each set (one entry per set), or empty for timed sets
 * @param hold length of one rep, for timed reps
 * @param relax pause between reps of a set
 * @param sets number of sets
 * @param rest pause between sets
 * @param sides one side, or left then right within each set
 * @param switchGap time between the left and the right of a set, to change sides; zero for none
 */
public record Exercise(String name, Optional<Duration> work, List<Integer> repsPerSet, Optional<Duration> hold,
        Duration relax, int sets, Duration rest, Sides sides, Duration switchGap, StepStyle style) implements Step {

    public static final int MAX_SETS = 1000;
    public static final int MAX_REPS = 1000;

    public Exercise {
        Limits.requireText("name", name, Limits.MAX_EXERCISE_NAME, false);
        repsPerSet = List.copyOf(repsPerSet);
        if (work.isPresent() == !repsPerSet.isEmpty()) {
            throw new IllegalArgumentException("an exercise has either work or reps");
        }
        if (work.isPresent() && (hold.isPresent() || !relax.isZero())) {
            throw new IllegalArgumentException("hold and relax go with reps, not work");
        }
        Limits.requireDuration("work", work, false);
        Limits.requireDuration("hold", hold, false);
        Limits.requireDuration("relax", relax, true);
        Limits.requireDuration("rest", rest, true);
        Limits.requireDuration("switch", switchGap, true);
        if (sides == Sides.ONE && !switchGap.isZero()) {
            throw new IllegalArgumentException("switch goes with sides: both");
        }
        Limits.requireRange("sets", sets, 1, MAX_SETS);
        if (!repsPerSet.isEmpty() && repsPerSet.size() != sets) {
            throw new IllegalArgumentException("sets must equal the number of reps entries");
        }
        repsPerSet.forEach(r -> Limits.requireRange("reps", r, 1, MAX_REPS));
    }

    /** Timed sets of {@code work} each. */
    public static Exercise timed(String name, Duration work, int sets, Duration rest, Sides sides, StepStyle style) {
        return new Exercise(name, Optional.of(work), List.of(), Optional.empty(), Duration.ZERO, sets, rest, sides,
                Duration.ZERO, style);
    }

    /** Sets of reps; timed when {@code hold} is present, otherwise each set waits for the user. */
    public static Exercise reps(String name, List<Integer> repsPerSet, Optional<Duration> hold, Duration relax,
            Duration rest, Sides sides, StepStyle style) {
        return new Exercise(name, Optional.empty(), repsPerSet, hold, relax, repsPerSet.size(), rest, sides,
                Duration.ZERO, style);
    }

    /** This exercise with {@code gap} between the left and the right of each set, to change sides. */
    public Exercise withSwitch(Duration gap) {
        return new Exercise(name, work, repsPerSet, hold, relax, sets, rest, sides, gap, style);
    }

    /** The same number of reps in every set. */
    public static List<Integer> sameReps(int reps, int sets) {
        return Collections.nCopies(sets, reps);
    }

    /** Whether every set holds the same number of reps. */
    public boolean uniformReps() {
        return repsPerSet.stream().distinct().count() <= 1;
    }

    @Override
    public String type() {
        return "exercise";
    }
}
