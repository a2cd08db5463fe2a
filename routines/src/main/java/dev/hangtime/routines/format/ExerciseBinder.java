package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks and builds an {@code exercise} step, whose fields must fit one of its three shapes: timed sets
 * ({@code work}), timed reps ({@code reps} + {@code hold}) or untimed sets ({@code reps} alone).
 */
final class ExerciseBinder {

    private final Problems problems;
    private final Values values;
    private final StepBinder steps;

    ExerciseBinder(Problems problems, Values values, StepBinder steps) {
        this.problems = problems;
        this.values = values;
        this.steps = steps;
    }

    Optional<Step> exercise(Fields f, int before) {
        Optional<String> name = f.require("name").flatMap(v -> values.requiredText(v, f.path("name"),
                Limits.MAX_EXERCISE_NAME));
        Optional<Duration> work = steps.optionalDuration(f, "work", false);
        Optional<List<Integer>> reps = f.get("reps").flatMap(v -> reps(v, f.path("reps")));
        Optional<Duration> hold = steps.optionalDuration(f, "hold", false);
        Duration relax = steps.optionalDuration(f, "relax", true).orElse(Duration.ZERO);
        Optional<Integer> sets = f.get("sets").flatMap(v -> values.integer(v, f.path("sets"), 1,
                Exercise.MAX_SETS, "sets"));
        Duration rest = steps.optionalDuration(f, "rest", true).orElse(Duration.ZERO);
        Optional<String> sides = f.get("sides").flatMap(v -> values.word(v, f.path("sides"), "a side",
                List.of("one", "both")));
        Duration switchGap = steps.optionalDuration(f, "switch", true).orElse(Duration.ZERO);
        if (f.has("switch") && sides.isPresent() && !sides.get().equals("both") || f.has("switch") && !f.has("sides")) {
            problems.add(f.nameAt("switch"), f.path("switch"), "\"switch\" goes with \"sides\": \"both\" (it is the "
                    + "time to change from the left to the right; add \"sides\": \"both\", or remove \"switch\")");
        }
        shape(f);
        boolean repsIsList = f.get("reps").filter(r -> r instanceof Json.Arr).isPresent();
        Optional<Integer> setsOfList = sets.filter(n -> repsIsList);
        if (setsOfList.isPresent() && reps.isPresent() && setsOfList.get() != reps.get().size()) {
            problems.add(f.get("sets").get(), f.path("sets"), setsOfList.get() + " does not match the "
                    + MessageText.count(reps.get().size(), "entry", "entries") + " of \"reps\" (remove \"sets\": a"
                    + " list of reps has one entry per set)");
        }
        StepStyle style = steps.style(f);
        Sides side = "both".equals(sides.orElse("one")) ? Sides.BOTH : Sides.ONE;
        return steps.build(f, before, () -> {
            if (work.isPresent()) {
                return Exercise.timed(name.get(), work.get(), sets.orElse(1), rest, side, style).withSwitch(switchGap);
            }
            List<Integer> perSet = repsIsList ? reps.get() : Exercise.sameReps(reps.get().get(0), sets.orElse(1));
            return Exercise.reps(name.get(), perSet, hold, relax, rest, side, style).withSwitch(switchGap);
        });
    }

    /** Reports fields that do not fit together, at the name of the field that does not fit. */
    private void shape(Fields f) {
        if (f.has("work") && f.has("reps")) {
            problems.add(f.nameAt("work"), f.path("work"), "\"work\" and \"reps\" do not go together (use "
                    + "\"work\" for timed sets, or \"reps\" to count them)");
        } else if (f.has("work")) {
            for (String name : List.of("hold", "relax")) {
                if (f.has(name)) {
                    problems.add(f.nameAt(name), f.path(name), "\"" + name + "\" goes with \"reps\", not \"work\" "
                            + "(remove \"" + name + "\", or count reps instead of timing sets)");
                }
            }
        } else if (!f.has("reps")) {
            problems.add(f.object(), f.path(), "missing field \"work\" or \"reps\" (an exercise step needs one "
                    + "of them: \"work\" for timed sets, \"reps\" to count them)");
        }
    }

    /** Reps per set: one number for every set, or a list with one number per set. */
    private Optional<List<Integer>> reps(Json value, String path) {
        if (!(value instanceof Json.Arr)) {
            return values.integer(value, path, 1, Exercise.MAX_REPS, "reps").map(List::of);
        }
        List<Json> items = ((Json.Arr) value).items();
        if (items.isEmpty()) {
            problems.add(value, path, "is empty (write the reps of each set, such as [5, 3, 1])");
            return Optional.empty();
        }
        int before = problems.count();
        List<Integer> reps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            values.integer(items.get(i), path + "[" + i + "]", 1, Exercise.MAX_REPS, "reps").ifPresent(reps::add);
        }
        if (reps.size() > Exercise.MAX_SETS) {
            problems.add(value, path, "lists " + reps.size() + " sets (at most " + Exercise.MAX_SETS + ")");
        }
        return problems.count() > before ? Optional.empty() : Optional.of(reps);
    }
}
