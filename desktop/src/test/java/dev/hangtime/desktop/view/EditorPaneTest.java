package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.routines.editor.DraftStep;
import dev.hangtime.routines.editor.RoutineDraft;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor as a user meets it: a new routine typed into the form, validate's message shown under the field it
 * concerns until it is fixed, the preview's total, Back that asks while changes are not saved, then Save, and the
 * library lists the routine from its file.
 */
@ExtendWith(ApplicationExtension.class)
class EditorPaneTest {

    private final List<String> told = new CopyOnWriteArrayList<>();
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("hangtime-editor").resolve("routines");
        RoutineDraft draft = new RoutineDraft();
        draft.steps().add(new DraftStep("exercise"));
        EditorPane pane = new EditorPane("New routine", draft, EditorPane.Saving.toFolder(folder, Optional.empty()),
                outcome -> told.add(outcome.message()), () -> told.add("back"), new HBox());
        Scene scene = new Scene(pane, 1200, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNewRoutine_typedIn_showsValidatesMessagesAtTheirFields_thenSavesAndIsListed(FxRobot robot)
            throws TimeoutException {
        assertTrue(robot.lookup("#editor-save").queryAs(Button.class).isDisabled(), "nothing to save yet");
        assertEquals("missing field \"name\" (a routine needs: hangtime, name, steps)",
                text(robot, "#editor-remark-r-name"));

        robot.clickOn("#editor-r-name").write("Morning plank");
        robot.clickOn("#editor-s0-name").write("Plank");
        robot.clickOn("#editor-s0-work").write("90 x");
        WaitForAsyncUtils.waitForFxEvents();
        String wrong = text(robot, "#editor-remark-s0-work");
        robot.doubleClickOn("#editor-s0-work").eraseText(4).write("1:30");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("\"90 x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")", wrong);
        assertEquals("", text(robot, "#editor-remark-s0-work"));
        assertEquals("1:30 in all, 1 step", text(robot, "#editor-totals"));

        // Changes not saved: Back asks first, and Stay keeps them.
        robot.clickOn("#editor-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editor-leaving").query().isVisible(), "Back asks before losing the changes");
        robot.clickOn("#editor-leave-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), told);

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 1);
        robot.clickOn("#editor-back");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 2);

        Path file = folder.resolve("morning-plank.json");
        assertEquals(List.of("Saved to " + file + ".", "back"), told);
        ReadResult read = RoutineReader.read(file);
        assertTrue(read.isValid(), read.problems().toString());
        assertEquals(List.of("morning-plank"), RoutineLibrary.load(folder).entries().stream()
                .filter(e -> e.file().isPresent()).map(LibraryEntry::id).toList());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A step of each type, typed through the window, in the order the editor offers them; a rest inside the repeat. */
    @Test
    void everyStepType_typedThroughTheWindow_savesAFileValidateAccepts(FxRobot robot) throws TimeoutException {
        robot.clickOn("#editor-r-name").write("Every type");
        List<String> types = List.of("inversion", "exercise", "rest", "walk", "heat", "ice", "prompt", "repeat");
        List<List<String>> fields = List.of(
                List.of("angle", "20", "hold", "1m", "oscillate", "20s"),
                List.of("name", "Bird-dog", "reps", "6, 6", "hold", "10s", "sides", "both", "switch", "5s"),
                List.of("duration", "30"),
                List.of("duration", "10 min", "pace", "easy"),
                List.of("duration", "15m", "checkEvery", "5m"),
                List.of("duration", "1:30"),
                List.of("text", "Lie back slowly.", "note", "Breathe."),
                List.of("times", "2", "restBetween", "20s", "label", "Round"));
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                // Fired rather than clicked: below the steps, it is scrolled out of sight as they grow.
                robot.interact(() -> robot.lookup("#editor-add-step").queryAs(Button.class).fire());
            }
            String place = "s" + i;
            String type = types.get(i);
            robot.interact(() -> choice(robot, "#editor-type-" + place).setValue(type));
            List<String> values = fields.get(i);
            for (int f = 0; f < values.size(); f += 2) {
                type(robot, "#editor-" + place + "-" + values.get(f), values.get(f + 1));
            }
        }
        robot.interact(() -> robot.lookup("Add a step inside").queryAs(Button.class).fire());
        robot.interact(() -> choice(robot, "#editor-type-s7_0").setValue("rest"));
        type(robot, "#editor-s7_0-duration", "15");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 1);

        ReadResult read = RoutineReader.read(folder.resolve("every-type.json"));
        assertTrue(read.isValid(), read.problems().toString());
        assertEquals(types, read.routine().orElseThrow().steps().stream().map(s -> s.type()).toList());
    }

    /** Types {@code text} into the field {@code id}, or picks it where the field is a choice. */
    private static void type(FxRobot robot, String id, String text) {
        javafx.scene.Node node = robot.lookup(id).query();
        if (node instanceof ChoiceBox) {
            robot.interact(() -> choice(robot, id).setValue(text));
        } else {
            robot.interact(() -> ((javafx.scene.control.TextInputControl) node).setText(text));
        }
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<String> choice(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    @Test
    void anIdAnotherRoutineOfYoursHas_asksToReplaceItOrKeepBoth_andKeepBothSavesUnderTheNextFreeId(FxRobot robot)
            throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plank.json"), "{\"hangtime\": 1, \"name\": \"Plank\", \"steps\":"
                + " [{\"type\": \"rest\", \"duration\": 30}]}");
        robot.clickOn("#editor-r-name").write("Plank");
        type(robot, "#editor-s0-name", "Plank");
        type(robot, "#editor-s0-work", "45s");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        String asked = text(robot, "#editor-status");
        robot.clickOn("#editor-keep-both");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 1);

        assertEquals("Not saved: " + folder.resolve("plank.json") + " is another routine of yours, with the same id."
                + " Replace it, or keep both (this one gets a new id).", asked);
        assertEquals(List.of("Saved to " + folder.resolve("plank-2.json") + "."), told);
        assertEquals("{\"hangtime\": 1, \"name\": \"Plank\", \"steps\": [{\"type\": \"rest\", \"duration\": 30}]}",
                Files.readString(folder.resolve("plank.json")));
        assertTrue(RoutineReader.read(folder.resolve("plank-2.json")).isValid());
    }
}
