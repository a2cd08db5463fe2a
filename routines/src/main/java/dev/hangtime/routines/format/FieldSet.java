package dev.hangtime.routines.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields one kind of object may hold, in the order the format lists them, and which are required.
 *
 * @param what the object in words, for messages: "an inversion step", "a routine"
 * @param fields every allowed field, in spec order
 * @param required the fields that must be present
 */
record FieldSet(String what, List<String> fields, List<String> required) {

    /** What every step but {@code repeat} may carry besides its own fields. */
    static final List<String> STYLE = List.of("label", "note", "prepare", "cues");

    static final FieldSet ROUTINE = new FieldSet("a routine",
            List.of("hangtime", "id", "name", "summary", "tags", "cues", "steps"),
            List.of("hangtime", "name", "steps"));
    static final FieldSet CUES = new FieldSet("cues", List.of("countdown", "halfway"), List.of());
    static final FieldSet INVERSION = step("inversion", List.of("angle", "hold", "oscillate"), "angle", "hold");
    static final FieldSet EXERCISE = step("exercise",
            List.of("name", "work", "reps", "hold", "relax", "sets", "rest", "sides", "switch"), "name");
    static final FieldSet REST = step("rest", List.of("duration"), "duration");
    static final FieldSet WALK = step("walk", List.of("duration", "pace"), "duration");
    static final FieldSet HEAT = step("heat", List.of("duration", "checkEvery"), "duration");
    static final FieldSet ICE = step("ice", List.of("duration", "checkEvery"), "duration");
    static final FieldSet PROMPT = step("prompt", List.of("text", "duration"), "text");
    static final FieldSet REPEAT = new FieldSet("a repeat step",
            List.of("type", "times", "steps", "restBetween", "label"), List.of("type", "times", "steps"));

    static final List<FieldSet> STEPS = List.of(INVERSION, EXERCISE, REST, WALK, HEAT, ICE, PROMPT, REPEAT);

    /** The step types, in the order the format lists them. */
    static final List<String> STEP_TYPES =
            List.of("inversion", "exercise", "rest", "walk", "heat", "ice", "prompt", "repeat");

    /** Every field some step may hold, so that "hold" on a walk is told apart from a typo. */
    static final Set<String> ANY_STEP_FIELD = anyStepField();

    FieldSet {
        fields = List.copyOf(fields);
        required = List.copyOf(required);
    }

    private static FieldSet step(String type, List<String> own, String... required) {
        List<String> fields = new ArrayList<>();
        fields.add("type");
        fields.addAll(own);
        fields.addAll(STYLE);
        List<String> req = new ArrayList<>(List.of("type"));
        req.addAll(List.of(required));
        String article = type.startsWith("e") || type.startsWith("i") ? "an " : "a ";
        return new FieldSet(article + type + " step", fields, req);
    }

    private static Set<String> anyStepField() {
        Set<String> all = new LinkedHashSet<>();
        STEPS.forEach(s -> all.addAll(s.fields));
        return Set.copyOf(all);
    }

    /** The fields besides {@code type}, for "takes:" hints; the type is already written when they apply. */
    List<String> listed() {
        return fields.stream().filter(f -> !f.equals("type")).toList();
    }
}
