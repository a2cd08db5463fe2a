package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.desktop.model.Fixtures;
import dev.hangtime.desktop.model.LibraryModel;
import dev.hangtime.desktop.model.LibraryRow;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Listing;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library window: search as you type, the detail with its timeline bar, and Enter to start. */
@ExtendWith(ApplicationExtension.class)
class LibraryPaneTest {

    private final AtomicReference<Listing.Entry> started = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        LibraryModel model = new LibraryModel(Listing.of(
                List.of(new LibraryEntry(Fixtures.core(), Optional.empty(), false),
                        new LibraryEntry(Fixtures.facetRoutine(), Optional.empty(), false)),
                List.of(), UnaryOperator.identity()));
        LibraryPane pane = new LibraryPane(model, started::set, new HBox());
        pane.onEdit(entry -> { });
        pane.onExport(entry -> { });
        // The window's size at start, at which the start row of a routine with a step that waits is tight.
        Scene scene = new Scene(pane, 1100, 760);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        pane.focusSearch();
    }

    @Test
    void typingNarrowsTheListAndEnterStartsThePick(FxRobot robot) throws TimeoutException {
        assertEquals("Core", text(robot, "#detail-title"));
        TimelineBar bar = robot.lookup("#timeline-bar").queryAs(TimelineBar.class);
        assertEquals(3, bar.parts().size(), "left side, right side, rest");
        robot.write("facet");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot).size() == 1);
        assertEquals("Facet joint relief", text(robot, "#detail-title"));
        assertEquals("1:50 in all, 4 steps; 1 waits for you to press Enter", text(robot, "#detail-totals"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started.get() != null);
        assertEquals("facet-relief", started.get().entry().id());
    }

    @Test
    void theStartRowsButtonsKeepTheirWordsAndTheTotalsWrapWhole(FxRobot robot) throws TimeoutException {
        robot.write("facet");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot).size() == 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Facet joint relief".equals(text(robot, "#detail-title")));
        List<Button> buttons = List.of("#start", "#edit", "#export").stream()
                .map(id -> robot.lookup(id).queryAs(Button.class)).toList();
        Label totals = robot.lookup("#detail-totals").queryAs(Label.class);
        try {
            // Until the detail's style and layout are done; a row laid out wrong stays wrong.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> buttons.stream().allMatch(LibraryPaneTest::keepsItsWords) && isWhole(totals));
        } catch (TimeoutException stillWrong) {
            // Said below, button by button.
        }

        for (Button button : buttons) {
            assertTrue(keepsItsWords(button), button.getId() + " is " + button.getWidth()
                    + " px wide, its words need " + button.prefWidth(-1));
        }
        assertTrue(isWhole(totals), "the totals wrap rather than being cut: " + totals.getHeight() + " px high, "
                + totals.prefHeight(totals.getWidth()) + " needed at " + totals.getWidth() + " px wide");
    }

    private static boolean keepsItsWords(Button button) {
        return button.getWidth() >= button.prefWidth(-1) - 0.5;
    }

    private static boolean isWhole(Label wrapped) {
        return wrapped.getHeight() >= wrapped.prefHeight(wrapped.getWidth()) - 0.5;
    }

    @SuppressWarnings("unchecked")
    private static List<LibraryRow> rows(FxRobot robot) {
        return ((ListView<LibraryRow>) robot.lookup("#routines").query()).getItems();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
