package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.desktop.model.Fixtures;
import dev.hangtime.desktop.model.RecordingSetup;
import dev.hangtime.desktop.model.Screen;
import dev.hangtime.desktop.model.SessionModel;
import dev.hangtime.desktop.model.SessionThread;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The session window on the real session thread (a fake clock that does not move), driven by keys and clicks
 * as a user drives it: start, pause, skip, stop after saying yes.
 */
@ExtendWith(ApplicationExtension.class)
class SessionPaneTest {

    private static final long PATIENCE_SECONDS = 20;

    private final FakeTicker ticker = new FakeTicker();
    private final RecordingSetup setup = new RecordingSetup();
    private final AtomicReference<Outcome> left = new AtomicReference<>();
    private SessionThread thread;

    @Start
    void start(Stage stage) {
        SessionPane[] pane = new SessionPane[1];
        thread = new SessionThread(
                notices -> new SessionModel(Fixtures.facet(), ticker, setup, () -> { }, notices, "Back to the library"),
                ticker, 1, model -> {
                    model.prepare();
                    return Optional.empty();
                }, new SessionThread.Output() {
                    @Override
                    public void show(Screen screen, long due) {
                        Platform.runLater(() -> pane[0].show(screen));
                    }

                    @Override
                    public void left(Outcome outcome) {
                        left.set(outcome);
                    }
                });
        pane[0] = new SessionPane(thread, new HBox());
        Scene scene = new Scene(pane[0], 1000, 700);
        Theme.LIGHT.applyTo(scene);
        scene.addEventFilter(KeyEvent.ANY, pane[0]::onKey);
        stage.setScene(scene);
        stage.show();
        thread.start();
    }

    @AfterEach
    void stopTheSession() {
        thread.interruptAndWait(java.time.Duration.ofSeconds(PATIENCE_SECONDS));
    }

    @Test
    void startPauseSkipAndStopWithConfirmation(FxRobot robot) throws TimeoutException {
        awaitText(robot, "#banner", "READY — press Space to start");
        // The pain question is open before the start; Space starts whatever.
        awaitVisible(robot, "#pain-skip", true);
        robot.type(KeyCode.SPACE);
        awaitText(robot, "#banner", "YOUR TURN — press Enter when done");
        awaitText(robot, "#instruction", "Lock your ankles and check the tether.");
        robot.type(KeyCode.ENTER);
        awaitText(robot, "#step-label", "Inversion 20°");
        awaitText(robot, "#remaining", "1:00");
        assertFalse(robot.lookup("#banner").query().isVisible(), "no banner while a timed step runs");

        robot.type(KeyCode.SPACE);
        awaitText(robot, "#banner", "PAUSED — press Space to resume");
        awaitText(robot, "#command-toggle", "Resume");
        robot.clickOn("#command-toggle");
        awaitVisible(robot, "#banner", false);

        robot.type(KeyCode.RIGHT);
        awaitText(robot, "#step-label", "Side bridge");
        robot.clickOn("#command-skip");
        awaitText(robot, "#next", "Rest — 0:30");

        robot.type(KeyCode.Q);
        awaitVisible(robot, "#confirm-yes", true);
        robot.clickOn("#confirm-no");
        awaitVisible(robot, "#confirm-yes", false);
        assertEquals("Side bridge", text(robot, "#step-label"));

        robot.type(KeyCode.ESCAPE);
        awaitVisible(robot, "#confirm-yes", true);
        robot.type(KeyCode.Y);
        awaitText(robot, "#end-headline", "Session stopped.");
        // The end page asks for the pain after; Space leaves whatever.
        awaitVisible(robot, "#pain-skip", true);
        robot.clickOn("#pain-4");
        awaitVisible(robot, "#pain-skip", false);
        robot.clickOn("#end-leave");
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> left.get() != null);
        assertEquals(Outcome.STOPPED, left.get());
        assertEquals(List.of("prepared", "after 4", "closed"), setup.told);
    }

    @Test
    void detailsByButton_showTheWholeNote_andAKeyClosesThem(FxRobot robot) throws TimeoutException {
        awaitText(robot, "#banner", "READY — press Space to start");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        awaitText(robot, "#step-label", "Inversion 20°");
        awaitText(robot, "#command-details", "Details");
        robot.clickOn("#command-details");
        awaitText(robot, "#text-box-text", "Let your arms hang.");
        assertEquals("Inversion 20°", text(robot, "#text-box-title"));
        robot.type(KeyCode.X);
        awaitVisible(robot, "#text-box", false);
        assertEquals("Inversion 20°", text(robot, "#step-label"));
    }

    @Test
    void buttonsNeverTakeTheKeyboard(FxRobot robot) throws TimeoutException {
        awaitText(robot, "#banner", "READY — press Space to start");
        for (Node node : robot.lookup(".button").queryAll()) {
            assertFalse(node.isFocusTraversable(), node + " could take Space or Enter from the session");
        }
        assertTrue(robot.lookup("#command-done").queryAs(Button.class).isDisabled());
    }

    private static void awaitText(FxRobot robot, String id, String text) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> text.equals(text(robot, id)));
        } catch (TimeoutException e) {
            throw new AssertionError(id + " never said \"" + text + "\"; it says \"" + text(robot, id) + "\"", e);
        }
    }

    private static void awaitVisible(FxRobot robot, String id, boolean visible) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getParent() != null
                        && n.getParent().isVisible()).orElse(false) == visible);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label ? ((Label) node).getText() : ((javafx.scene.control.Labeled) node).getText();
    }
}
