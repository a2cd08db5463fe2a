package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Walk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Checks the steps of a routine file and builds them. Each step is checked in full, so that all its problems
 * are reported; it is built only when none were found.
 */
final class StepBinder {

    private static final String STEP_EXAMPLE = "{\"type\": \"rest\", \"duration\": \"30s\"}";
    private static final String CUES_EXAMPLE = "{\"countdown\": 3, \"halfway\": false}";

    private final Problems problems;
    private final Values values;
    private final ExerciseBinder exercises;

    StepBinder(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
        this.exercises = new ExerciseBinder(problems, values, this);
    }

    /**
     * The steps of a routine ({@code depth} 0) or of a repeat nested {@code depth} deep.
     */
    Optional<List<Step>> steps(Json value, String path, int depth) {
        Optional<List<Json>> items = values.list(value, path, "[" + STEP_EXAMPLE + "]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            problems.add(value, path, "is empty (add at least one step)");
            return Optional.empty();
        }
        int before = problems.count();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            step(items.get().get(i), path + "[" + i + "]", depth).ifPresent(steps::add);
        }
        return problems.count() > before ? Optional.empty() : Optional.of(steps);
    }

    private Optional<Step> step(Json value, String path, int depth) {
        Optional<Json.Obj> object = values.object(value, path, "a step", STEP_EXAMPLE);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Optional<FieldSet> set = type(object.get(), path);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Fields fields = Fields.of(object.get(), path, set.get(), problems);
        Optional<Step> step = bind(set.get(), fields, depth, before);
        return problems.count() > before ? Optional.empty() : step;
    }

    /** Which kind of step the object is; without a known type its other fields cannot be judged. */
    private Optional<FieldSet> type(Json.Obj object, String path) {
        Optional<Json> type = object.members().stream().filter(m -> m.name().equals("type"))
                .map(Json.Member::value).findFirst();
        String expected = "expected one of: " + String.join(", ", FieldSet.STEP_TYPES);
        if (type.isEmpty()) {
            problems.add(object, path, "missing field \"type\" (" + expected + ")");
            return Optional.empty();
        }
        String typePath = path + ".type";
        if (!(type.get() instanceof Json.Str)) {
            problems.add(type.get(), typePath, "expected a step type, found " + MessageText.value(type.get())
                    + " (write one of: " + String.join(", ", FieldSet.STEP_TYPES) + ")");
            return Optional.empty();
        }
        String name = ((Json.Str) type.get()).value();
        int index = FieldSet.STEP_TYPES.indexOf(name);
        if (index < 0) {
            // "Heat" for "heat", "invresion" for "inversion": name the type meant rather than list them all.
            Optional<String> meant = EditDistance.closest(name, FieldSet.STEP_TYPES);
            problems.add(type.get(), typePath, "unknown step type " + MessageText.quote(name) + " ("
                    + meant.map(t -> "did you mean " + MessageText.quote(t) + "? " + (t.equalsIgnoreCase(name)
                            ? "Types are written in lower case" : expected)).orElse(expected) + ")");
            return Optional.empty();
        }
        return Optional.of(FieldSet.STEPS.get(index));
    }

    private Optional<Step> bind(FieldSet set, Fields f, int depth, int before) {
        if (set == FieldSet.INVERSION) {
            return inversion(f, before);
        } else if (set == FieldSet.EXERCISE) {
            return exercises.exercise(f, before);
        } else if (set == FieldSet.REST) {
            Optional<Duration> duration = duration(f, "duration", true);
            StepStyle style = style(f);
            return build(f, before, () -> new Rest(duration.get(), style));
        } else if (set == FieldSet.WALK) {
            Optional<Duration> duration = duration(f, "duration", false);
            Optional<String> pace = f.get("pace").flatMap(v -> values.text(v, f.path("pace"), Limits.MAX_PACE, false));
            StepStyle style = style(f);
            return build(f, before, () -> new Walk(duration.get(), pace, style));
        } else if (set == FieldSet.HEAT || set == FieldSet.ICE) {
            Optional<Duration> duration = duration(f, "duration", false);
            Optional<Duration> checkEvery = optionalDuration(f, "checkEvery", false);
            StepStyle style = style(f);
            return build(f, before, () -> set == FieldSet.HEAT ? new Heat(duration.get(), checkEvery, style)
                    : new Ice(duration.get(), checkEvery, style));
        } else if (set == FieldSet.PROMPT) {
            return prompt(f, before);
        } else if (set == FieldSet.REPEAT) {
            return repeat(f, depth, before);
        }
        throw new AssertionError(set);
    }

    private Optional<Step> inversion(Fields f, int before) {
        Optional<Integer> angle = f.require("angle").flatMap(v -> values.integer(v, f.path("angle"),
                Limits.MIN_ANGLE, Limits.MAX_ANGLE, "degrees"));
        Optional<Duration> hold = duration(f, "hold", false);
        Optional<Duration> oscillate = optionalDuration(f, "oscillate", false);
        StepStyle style = style(f);
        return build(f, before, () -> new Inversion(angle.get(), hold.get(), oscillate, style));
    }

    private Optional<Step> prompt(Fields f, int before) {
        Optional<String> text = f.require("text").flatMap(v -> values.requiredText(v, f.path("text"),
                Limits.MAX_PROMPT_TEXT));
        Optional<Duration> duration = optionalDuration(f, "duration", false);
        if (!f.has("duration") && f.has("prepare")) {
            problems.add(f.nameAt("prepare"), f.path("prepare"), "\"prepare\" needs a timed prompt (add a "
                    + "\"duration\", or remove \"prepare\": this prompt waits for the user)");
        }
        StepStyle style = style(f);
        return build(f, before, () -> new Prompt(text.get(), duration, style));
    }

    private Optional<Step> repeat(Fields f, int depth, int before) {
        Optional<Integer> times = f.require("times").flatMap(v -> values.integer(v, f.path("times"),
                Limits.MIN_TIMES, Limits.MAX_TIMES, "times"));
        Optional<Duration> restBetween = optionalDuration(f, "restBetween", true);
        Optional<String> label = f.get("label").flatMap(v -> values.text(v, f.path("label"), Limits.MAX_LABEL,
                false));
        Optional<List<Step>> steps = Optional.empty();
        if (depth + 1 > Limits.MAX_REPEAT_DEPTH) {
            // Its inner steps are not read: a file this deep is most likely generated, and one line says enough.
            problems.add(f.object(), f.path(), "repeats nest " + (depth + 1) + " deep (at most "
                    + Limits.MAX_REPEAT_DEPTH + "; fold the innermost repeat into the one around it)");
        } else {
            steps = f.require("steps").flatMap(v -> steps(v, f.path("steps"), depth + 1));
        }
        Optional<List<Step>> inner = steps;
        return build(f, before, () -> new Repeat(times.get(), inner.get(), restBetween.orElse(Duration.ZERO),
                label));
    }

    /** The label, note, lead-in and cue overrides every step but a repeat may carry; null if any is wrong. */
    StepStyle style(Fields f) {
        int before = problems.count();
        Optional<String> label = f.get("label").flatMap(v -> values.text(v, f.path("label"), Limits.MAX_LABEL,
                false));
        Optional<String> note = f.get("note").flatMap(v -> values.text(v, f.path("note"), Limits.MAX_NOTE, true));
        Duration prepare = optionalDuration(f, "prepare", true).orElse(Duration.ZERO);
        Optional<Cues> cues = f.get("cues").flatMap(v -> cues(v, f.path("cues")));
        return problems.count() > before ? null
                : new StepStyle(label, note, prepare, cues.orElse(Cues.INHERIT));
    }

    /** Cue settings, of the routine or of one step. */
    Optional<Cues> cues(Json value, String path) {
        Optional<Json.Obj> object = values.object(value, path, "cue settings", CUES_EXAMPLE);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Fields f = Fields.of(object.get(), path, FieldSet.CUES, problems);
        Optional<Integer> countdown = f.get("countdown").flatMap(v -> values.integer(v, f.path("countdown"), 0,
                Cues.MAX_COUNTDOWN, "seconds"));
        Optional<Boolean> halfway = f.get("halfway").flatMap(v -> values.bool(v, f.path("halfway")));
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Cues(countdown.map(OptionalInt::of).orElse(OptionalInt.empty()), halfway));
    }

    Optional<Duration> duration(Fields f, String name, boolean zeroAllowed) {
        return f.require(name).flatMap(v -> values.duration(v, f.path(name), zeroAllowed));
    }

    Optional<Duration> optionalDuration(Fields f, String name, boolean zeroAllowed) {
        return f.get(name).flatMap(v -> values.duration(v, f.path(name), zeroAllowed));
    }

    /**
     * Builds a step whose fields were all found good. The model checks the same limits again; if it still
     * refuses, the reader missed a rule, and the user gets a located message rather than a crash.
     */
    Optional<Step> build(Fields f, int before, Supplier<Step> step) {
        if (problems.count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(step.get());
        } catch (IllegalArgumentException e) {
            problems.add(f.object(), f.path(), MessageText.escape(String.valueOf(e.getMessage()))
                    + " (this file found a gap in Hangtime's checks; please report it)");
            return Optional.empty();
        }
    }
}
