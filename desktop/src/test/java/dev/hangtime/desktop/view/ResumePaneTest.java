package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.desktop.model.Fixtures;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.Resumable;
import dev.hangtime.routines.resume.ResumeOffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offer to pick up a cut-off ice session in the window: keys in its first moments are not answers, y asks about
 * the pack, and the answer reaches the session; Never and Not now by button.
 */
@ExtendWith(ApplicationExtension.class)
class ResumePaneTest {

    private static final String SUMMARY = "Ice pack was cut off 4 min ago at step 2 of 3 (Ice on).";

    private final List<String> told = new CopyOnWriteArrayList<>();
    /** The pane's clock: it stands still, so the test says when the offer has settled. */
    private final AtomicLong nanos = new AtomicLong();
    private final Continuation run = Continuation.run(Fixtures.facet(), 1, Duration.ofSeconds(20), SessionSetup.NONE);

    @Start
    void start(Stage stage) {
        Resumable ice = new Resumable() {
            @Override
            public String summary() {
                return SUMMARY;
            }

            @Override
            public Optional<String> packQuestion() {
                return Optional.of("Did the ice pack stay on while Hangtime was down?");
            }

            @Override
            public Continuation goOn(Optional<Boolean> packStayedOn) {
                told.add("go on " + packStayedOn);
                return run;
            }

            @Override
            public boolean dismiss() {
                told.add("never");
                return true;
            }
        };
        ResumePane pane = new ResumePane(new ResumeOffer(ice), c -> told.add(c == run ? "run" : "another run"),
                () -> told.add("gone"), nanos::get);
        Scene scene = new Scene(new StackPane(pane), 1000, 700);
        Theme.DARK.applyTo(scene);
        scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, pane::onKey);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aKeyInTheFirstMoment_isNoAnswer_thenYAsksAboutThePack_andNGoesOnWithItOff(FxRobot robot)
            throws TimeoutException {
        assertEquals(ResumeOffer.TITLE, text(robot, "#resume-title"));
        robot.type(KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ResumeOffer.TITLE, text(robot, "#resume-title"));
        assertEquals(List.of(SUMMARY), robot.lookup("#resume").queryAs(ResumePane.class).shownLines());

        nanos.set(ResumePane.SETTLE_NANOS);
        robot.type(KeyCode.Y);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#resume-pack-on").tryQuery().isPresent());
        assertEquals(List.of(SUMMARY, "Did the ice pack stay on while Hangtime was down?", ResumeOffer.PACK_NOTE),
                robot.lookup("#resume").queryAs(ResumePane.class).shownLines());
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 2);

        assertEquals(List.of("go on Optional[false]", "run"), told);
    }

    @Test
    void never_byButton_forgetsIt_andTakesTheOfferAway(FxRobot robot) throws TimeoutException {
        robot.clickOn("#resume-never");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 2);

        assertEquals(List.of("never", "gone"), told);
    }

    @Test
    void notNow_byEscape_leavesTheJournalAlone(FxRobot robot) throws TimeoutException {
        nanos.set(ResumePane.SETTLE_NANOS);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 1);

        assertEquals(List.of("gone"), told);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
