package dev.hangtime.routines.editor;

import static dev.hangtime.routines.editor.FieldKind.CHOICE;
import static dev.hangtime.routines.editor.FieldKind.DURATION;
import static dev.hangtime.routines.editor.FieldKind.FLAG;
import static dev.hangtime.routines.editor.FieldKind.INTEGER;
import static dev.hangtime.routines.editor.FieldKind.INTEGERS;
import static dev.hangtime.routines.editor.FieldKind.NOTE;
import static dev.hangtime.routines.editor.FieldKind.TEXT;
import static dev.hangtime.routines.editor.FieldKind.WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of each step type, and of the routine itself, as {@code docs/routine-format.md} lists them: the
 * editor draws a form from these, and writes the file from them.
 */
public final class StepForms {

    /** The step types, in the order the editor offers them. */
    public static final List<String> TYPES = List.of("inversion", "exercise", "rest", "walk", "heat", "ice",
            "prompt", "repeat");

    /** The routine's own fields. */
    public static final List<FormField> ROUTINE = List.of(
            FormField.of("name", "Name", TEXT, true),
            FormField.of("id", "Id (the file's name)", TEXT, false),
            FormField.of("summary", "Summary", TEXT, false),
            FormField.of("tags", "Tags (commas between)", WORDS, false),
            FormField.of("cues.countdown", "Countdown pips", INTEGER, false),
            new FormField("cues.halfway", "Halfway bell", FLAG, false, List.of("true", "false")));

    private static final Map<String, List<FormField>> OWN = Map.of(
            "inversion", List.of(
                    FormField.of("angle", "Angle (degrees)", INTEGER, true),
                    FormField.of("hold", "Hold", DURATION, true),
                    FormField.of("oscillate", "Oscillate every", DURATION, false)),
            "exercise", List.of(
                    FormField.of("name", "Exercise", TEXT, true),
                    FormField.of("work", "Work per set", DURATION, false),
                    FormField.of("reps", "Reps (per set, commas between)", INTEGERS, false),
                    FormField.of("hold", "Hold per rep", DURATION, false),
                    FormField.of("relax", "Relax between reps", DURATION, false),
                    FormField.of("sets", "Sets", INTEGER, false),
                    FormField.of("rest", "Rest between sets", DURATION, false),
                    new FormField("sides", "Sides", CHOICE, false, List.of("one", "both")),
                    FormField.of("switch", "Switch sides", DURATION, false)),
            "rest", List.of(FormField.of("duration", "Duration", DURATION, true)),
            "walk", List.of(
                    FormField.of("duration", "Duration", DURATION, true),
                    FormField.of("pace", "Pace", TEXT, false)),
            "heat", List.of(
                    FormField.of("duration", "Duration", DURATION, true),
                    FormField.of("checkEvery", "Check the skin every", DURATION, false)),
            "ice", List.of(
                    FormField.of("duration", "Duration", DURATION, true),
                    FormField.of("checkEvery", "Check the skin every", DURATION, false)),
            "prompt", List.of(
                    FormField.of("text", "Instruction", NOTE, true),
                    FormField.of("duration", "Duration (empty: waits for Enter)", DURATION, false)),
            "repeat", List.of(
                    FormField.of("times", "Times", INTEGER, true),
                    FormField.of("restBetween", "Rest between rounds", DURATION, false),
                    FormField.of("label", "Label (such as Round)", TEXT, false)));

    /** What every step but a repeat may carry. */
    private static final List<FormField> STYLE = List.of(
            FormField.of("label", "Label", TEXT, false),
            FormField.of("note", "Note", NOTE, false),
            FormField.of("prepare", "Get ready for", DURATION, false),
            FormField.of("cues.countdown", "Countdown pips", INTEGER, false),
            new FormField("cues.halfway", "Halfway bell", FLAG, false, List.of("true", "false")));

    private StepForms() {
    }

    /** The fields of a step of {@code type}, its own first; empty for a type the format does not have. */
    public static List<FormField> fields(String type) {
        List<FormField> own = OWN.get(type);
        if (own == null) {
            return List.of();
        }
        if (type.equals("repeat")) {
            return own;
        }
        List<FormField> all = new ArrayList<>(own);
        all.addAll(STYLE);
        return List.copyOf(all);
    }

    /** The field of {@code type} named {@code name}, if it has one. */
    public static Optional<FormField> field(String type, String name) {
        return fields(type).stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
