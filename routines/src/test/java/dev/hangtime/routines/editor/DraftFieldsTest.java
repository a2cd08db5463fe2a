package dev.hangtime.routines.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.text.TimelineText;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field of every step type, given a value the reader refuses, has validate's message under that field; a
 * repeat takes a step in and lets it out; and the preview of every built-in says what {@code hangtime show} says.
 */
class DraftFieldsTest {

    /** A value each kind of field refuses; a control character for text, which no text field may hold. */
    private static final Map<FieldKind, String> WRONG = Map.of(
            FieldKind.TEXT, "bell\u0007", FieldKind.NOTE, "bell\u0007", FieldKind.INTEGER, "many",
            FieldKind.DURATION, "soon", FieldKind.INTEGERS, "6, lots", FieldKind.WORDS, "Not A Slug",
            FieldKind.CHOICE, "sideways", FieldKind.FLAG, "maybe");

    /** A valid step of each type, for one wrong field to be put into. */
    private static DraftStep valid(String type) {
        DraftStep step = new DraftStep(type);
        switch (type) {
            case "inversion":
                step.value("angle", "20");
                step.value("hold", "1m");
                break;
            case "exercise":
                step.value("name", "Plank");
                step.value("work", "30s");
                break;
            case "prompt":
                step.value("text", "Ready?");
                break;
            case "repeat":
                step.value("times", "2");
                DraftStep inner = new DraftStep("rest");
                inner.value("duration", "10");
                step.steps().add(inner);
                break;
            default:
                step.value("duration", "1m");
        }
        return step;
    }

    @Test
    void everyFieldOfEveryType_givenAWrongValue_hasValidatesMessageUnderIt() {
        int checked = 0;
        for (String type : StepForms.TYPES) {
            for (FormField field : StepForms.fields(type)) {
                RoutineDraft draft = new RoutineDraft();
                draft.value("name", "Fields");
                DraftStep step = valid(type);
                step.value(field.name(), WRONG.get(field.kind()));
                draft.steps().add(step);

                DraftCheck check = DraftCheck.of(draft, "fields.json");

                List<DraftCheck.Remark> here = check.at(List.of(0), field.name());
                assertFalse(here.isEmpty(), type + "." + field.name() + ": " + check.problems());
                assertTrue(here.get(0).line().startsWith("fields.json:"), here.get(0).line());
                checked++;
            }
        }
        for (FormField field : StepForms.ROUTINE) {
            RoutineDraft draft = new RoutineDraft();
            draft.value("name", "Fields");
            draft.steps().add(valid("rest"));
            draft.value(field.name(), WRONG.get(field.kind()));

            DraftCheck check = DraftCheck.of(draft, "fields.json");

            assertFalse(check.at(List.of(), field.name()).isEmpty(), field.name() + ": " + check.problems());
            checked++;
        }
        // 59 step fields (inversion 8, exercise 14, rest 6, walk 7, heat 7, ice 7, prompt 7, repeat 3) and the
        // routine's 6.
        assertEquals(65, checked);
    }

    @Test
    void aStepGoesIntoTheRepeatAboveIt_andOutAgainToJustAfterIt() {
        RoutineDraft draft = new RoutineDraft();
        draft.steps().add(valid("repeat"));
        draft.steps().add(valid("walk"));
        draft.steps().add(valid("heat"));

        boolean intoWalk = draft.indent(List.of(2));
        boolean in = draft.indent(List.of(1));
        List<String> inside = draft.step(List.of(0)).steps().stream().map(DraftStep::type).toList();
        boolean out = draft.outdent(List.of(0, 1));

        assertFalse(intoWalk, "a walk is not a repeat");
        assertTrue(in);
        assertEquals(List.of("rest", "walk"), inside);
        assertTrue(out);
        assertEquals(List.of("repeat", "walk", "heat"), draft.steps().stream().map(DraftStep::type).toList());
        assertFalse(draft.outdent(List.of(1)), "a step of the routine's own has nothing to come out of");
    }

    @Test
    void thePreviewOfEveryBuiltIn_saysWhatShowSays() {
        for (LibraryEntry entry : RoutineLibrary.load(Path.of("/nonexistent/hangtime-preview-test")).entries()) {
            Routine routine = entry.routine();
            DraftCheck check = DraftCheck.of(DraftOf.routine(routine), routine.id() + ".json");

            assertEquals(TimelineText.lines(Expansion.expand(routine), List.of()),
                    TimelineText.lines(check.timeline().orElseThrow(), List.of()), routine.id());
            assertEquals(TimelineText.totals(Expansion.expand(routine)), TimelineText.totals(check.timeline().get()),
                    routine.id());
        }
    }
}
