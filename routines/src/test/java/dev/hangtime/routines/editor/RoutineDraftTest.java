package dev.hangtime.routines.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.format.RoutineWriter;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The editor's draft: every built-in routine taken apart and written back unchanged, every step type written
 * through the form and read as validate reads it, and each of validate's messages placed at its field.
 */
class RoutineDraftTest {

    private static List<Routine> builtIns() {
        return RoutineLibrary.load(Path.of("/nonexistent/hangtime-editor-test")).entries().stream()
                .map(LibraryEntry::routine).toList();
    }

    @Test
    void everyBuiltIn_roundTripsThroughADraft_toTheSameCanonicalFile() {
        List<Routine> routines = builtIns();
        assertTrue(routines.size() >= 10, "the built-ins were found: " + routines.size());
        for (Routine routine : routines) {
            DraftCheck check = DraftCheck.of(DraftOf.routine(routine), routine.id() + ".json");

            assertEquals(List.of(), check.problems(), routine.id());
            assertEquals(routine, check.read().routine().orElseThrow(), routine.id());
            assertEquals(RoutineWriter.write(routine), RoutineWriter.write(check.read().routine().get()),
                    routine.id());
        }
    }

    @Test
    void everyStepType_writtenThroughTheForm_isARoutineValidateAccepts() {
        RoutineDraft draft = new RoutineDraft();
        draft.value("name", "Every step");
        draft.value("tags", "core, heat");
        draft.value("cues.countdown", "5");
        draft.steps().add(step("prompt", "text", "Set the tether.", "note", "Line one\nLine two"));
        draft.steps().add(step("inversion", "angle", "30", "hold", "1:30", "oscillate", "20s", "prepare", "10"));
        draft.steps().add(step("exercise", "name", "Bird-dog", "reps", "6, 6", "hold", "10 s", "relax", "5",
                "sides", "both", "switch", "5s", "rest", "30"));
        draft.steps().add(step("exercise", "name", "Plank", "work", "30s", "sets", "3", "rest", "1 min"));
        draft.steps().add(step("walk", "duration", "10m", "pace", "easy", "cues.halfway", "true"));
        draft.steps().add(step("heat", "duration", "15 min", "checkEvery", "5m"));
        draft.steps().add(step("ice", "duration", "15m", "checkEvery", "5m", "label", "Ice pack on"));
        DraftStep repeat = step("repeat", "times", "2", "restBetween", "30s", "label", "Round");
        repeat.steps().add(step("rest", "duration", "20"));
        draft.steps().add(repeat);

        DraftCheck check = DraftCheck.of(draft, "every-step.json");
        ReadResult again = RoutineReader.read("every-step.json", RoutineWriter.write(check.read().routine()
                .orElseThrow(() -> new AssertionError(check.problems().toString()))));

        assertEquals(List.of(), check.problems());
        assertTrue(again.isValid(), again.problems().toString());
        assertEquals(check.read().routine(), again.routine());
        assertEquals("every-step", again.routine().get().id());
        assertTrue(check.timeline().isPresent());
    }

    @Test
    void validatesMessages_landAtTheirFields_inNestedStepsToo() {
        RoutineDraft draft = new RoutineDraft();
        draft.steps().add(step("inversion", "angle", "120", "hold", "1m"));
        DraftStep repeat = step("repeat", "times", "2");
        repeat.steps().add(step("rest", "duration", "abc"));
        draft.steps().add(repeat);
        draft.steps().add(step("exercise", "name", "Squat", "reps", "5, x"));

        DraftCheck check = DraftCheck.of(draft, "mine.json");

        assertEquals(List.of("120 is out of range (0–90 degrees)"),
                messages(check.at(List.of(0), "angle")));
        assertEquals(List.of("\"abc\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")"),
                messages(check.at(List.of(1, 0), "duration")));
        assertEquals(List.of("expected a whole number, found \"x\" (write a whole number of reps)"),
                messages(check.at(List.of(2), "reps")));
        assertEquals(List.of("missing field \"name\" (a routine needs: hangtime, name, steps)"),
                messages(check.at(List.of(), "name")));
        assertEquals(4, check.problems().size(), check.problems().toString());
        assertTrue(check.problems().stream().allMatch(r -> r.line().startsWith("mine.json")),
                check.problems().toString());
    }

    @Test
    void aRemarksPath_namesItsStepAndField() {
        assertEquals(new DraftCheck.Remark(List.of(2, 0), "reps", "m", "l"),
                DraftCheck.remark("steps[2].steps[0].reps[1]", "m", "l"));
        assertEquals(new DraftCheck.Remark(List.of(1), "cues.countdown", "m", "l"),
                DraftCheck.remark("steps[1].cues.countdown", "m", "l"));
        assertEquals(new DraftCheck.Remark(List.of(3), "", "m", "l"), DraftCheck.remark("steps[3]", "m", "l"));
        assertEquals(new DraftCheck.Remark(List.of(), "tags", "m", "l"), DraftCheck.remark("tags[0]", "m", "l"));
        assertEquals(new DraftCheck.Remark(List.of(1), "hold", "missing field \"hold\" (an inversion needs: angle,"
                + " hold)", "l"), DraftCheck.remark("steps[1]", "missing field \"hold\" (an inversion needs: angle,"
                + " hold)", "l"));
    }

    private static List<String> messages(List<DraftCheck.Remark> remarks) {
        return remarks.stream().map(DraftCheck.Remark::message).toList();
    }

    private static DraftStep step(String type, String... fields) {
        DraftStep step = new DraftStep(type);
        for (int i = 0; i < fields.length; i += 2) {
            step.value(fields[i], fields[i + 1]);
        }
        return step;
    }
}
