package dev.hangtime.core.plan;

import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Walk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A routine with a plan's values for the week, which is what a plan's session runs. Each value sets the steps it
 * names, repeats included:
 * <ul>
 *   <li>{@code angle}: every inversion steeper than {@link #NEAR_LEVEL}° (the holds; steps nearer level are the
 *   pauses between them), which is then labelled "Hold at N°" ("Rock to N°" for one that rocks), since its own
 *   label named the old angle;</li>
 *   <li>{@code hold}: every such inversion that does not rock;</li>
 *   <li>{@code walk}: the longest walk step (the first of equals), the main walk between a warm-up and a
 *   cool-down;</li>
 *   <li>{@code heat}, {@code ice}: every heat, every ice step;</li>
 *   <li>{@code reps}: every exercise that counts reps; one number sets every set, a list one number per set (and
 *   so how many sets);</li>
 *   <li>{@code sets}: every exercise of timed sets or of the same reps in every set.</li>
 * </ul>
 * A value that names no step of the routine changes nothing; the plan's reader refuses such a value for a
 * session's own routine, so it only happens to an alternative ("heat or ice").
 */
public final class DayRoutine {

    /** At or below this angle an inversion step is a pause near level, not a hold. */
    public static final int NEAR_LEVEL = 10;

    private final WeekValues values;
    private final Walk mainWalk;

    private DayRoutine(WeekValues values, Walk mainWalk) {
        this.values = values;
        this.mainWalk = mainWalk;
    }

    /**
     * {@code base} with {@code values}, under the same id and name.
     *
     * @throws IllegalArgumentException when a value makes a step the routine format refuses
     */
    public static Routine build(Routine base, WeekValues values) {
        if (values.isEmpty()) {
            return base;
        }
        DayRoutine day = new DayRoutine(values, mainWalk(base.steps()).orElse(null));
        return new Routine(base.id(), base.name(), base.summary(), base.tags(), base.cues(), day.steps(base.steps()));
    }

    /** Which of {@code values} name no step of {@code routine}: "angle", "hold", "walk", …, in that order. */
    public static List<String> unused(Routine routine, WeekValues values) {
        List<Step> all = flatten(routine.steps());
        List<String> unused = new ArrayList<>();
        boolean holds = all.stream().anyMatch(s -> s instanceof Inversion && ((Inversion) s).angle() > NEAR_LEVEL);
        boolean staticHolds = all.stream().anyMatch(s -> s instanceof Inversion && ((Inversion) s).angle() > NEAR_LEVEL
                && ((Inversion) s).oscillate().isEmpty());
        if (values.angle().isPresent() && !holds) {
            unused.add("angle");
        }
        if (values.hold().isPresent() && !staticHolds) {
            unused.add("hold");
        }
        if (values.walk().isPresent() && all.stream().noneMatch(s -> s instanceof Walk)) {
            unused.add("walk");
        }
        if (values.heat().isPresent() && all.stream().noneMatch(s -> s instanceof Heat)) {
            unused.add("heat");
        }
        if (values.ice().isPresent() && all.stream().noneMatch(s -> s instanceof Ice)) {
            unused.add("ice");
        }
        if (!values.reps().isEmpty() && all.stream().noneMatch(s -> s instanceof Exercise
                && !((Exercise) s).repsPerSet().isEmpty())) {
            unused.add("reps");
        }
        if (values.sets().isPresent() && all.stream().noneMatch(s -> s instanceof Exercise
                && (((Exercise) s).work().isPresent() || ((Exercise) s).uniformReps()))) {
            unused.add("sets");
        }
        return unused;
    }

    /** The longest static inversion hold steeper than {@link #NEAR_LEVEL}° in {@code routine}, if any. */
    public static Optional<Duration> longestHold(Routine routine) {
        return flatten(routine.steps()).stream().filter(s -> s instanceof Inversion).map(s -> (Inversion) s)
                .filter(i -> i.angle() > NEAR_LEVEL && i.oscillate().isEmpty()).map(Inversion::hold)
                .max(Duration::compareTo);
    }

    private List<Step> steps(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps.size());
        for (Step step : steps) {
            out.add(step(step));
        }
        return out;
    }

    private Step step(Step step) {
        if (step instanceof Repeat) {
            Repeat r = (Repeat) step;
            return new Repeat(r.times(), steps(r.steps()), r.restBetween(), r.label());
        } else if (step instanceof Inversion) {
            return inversion((Inversion) step);
        } else if (step instanceof Walk) {
            Walk w = (Walk) step;
            return w == mainWalk && values.walk().isPresent() ? new Walk(values.walk().get(), w.pace(), w.style()) : w;
        } else if (step instanceof Heat) {
            Heat h = (Heat) step;
            return values.heat().map(d -> new Heat(d, h.checkEvery(), h.style())).orElse(h);
        } else if (step instanceof Ice) {
            Ice i = (Ice) step;
            return values.ice().map(d -> new Ice(d, i.checkEvery(), i.style())).orElse(i);
        } else if (step instanceof Exercise) {
            return exercise((Exercise) step);
        }
        return step;
    }

    private Step inversion(Inversion inversion) {
        if (inversion.angle() <= NEAR_LEVEL) {
            return inversion;
        }
        int angle = values.angle().orElse(inversion.angle());
        boolean rocks = inversion.oscillate().isPresent();
        Duration hold = rocks ? inversion.hold() : values.hold().orElse(inversion.hold());
        StepStyle style = values.angle().isPresent()
                ? inversion.style().withLabel((rocks ? "Rock to " : "Hold at ") + angle + "°") : inversion.style();
        return new Inversion(angle, hold, inversion.oscillate(), style);
    }

    private Step exercise(Exercise e) {
        if (e.work().isPresent()) {
            return values.sets().isPresent()
                    ? Exercise.timed(e.name(), e.work().get(), values.sets().getAsInt(), e.rest(), e.sides(), e.style())
                    : e;
        }
        List<Integer> reps = e.repsPerSet();
        if (values.reps().size() > 1) {
            reps = values.reps();
        } else if (values.reps().size() == 1) {
            reps = Exercise.sameReps(values.reps().get(0), values.sets().orElse(e.sets()));
        } else if (values.sets().isPresent() && e.uniformReps()) {
            reps = Exercise.sameReps(e.repsPerSet().get(0), values.sets().getAsInt());
        }
        return reps.equals(e.repsPerSet()) ? e
                : Exercise.reps(e.name(), reps, e.hold(), e.relax(), e.rest(), e.sides(), e.style());
    }

    private static Optional<Walk> mainWalk(List<Step> steps) {
        Walk longest = null;
        for (Step step : flatten(steps)) {
            if (step instanceof Walk && (longest == null || ((Walk) step).duration().compareTo(longest.duration()) > 0)) {
                longest = (Walk) step;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static List<Step> flatten(List<Step> steps) {
        List<Step> all = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Repeat) {
                all.addAll(flatten(((Repeat) step).steps()));
            } else {
                all.add(step);
            }
        }
        return all;
    }
}
