package dev.hangtime.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.DoseLimits;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "+" within the limits, and past them; red flags from the pain scores. */
class SessionControllerDoseTest {

    private static final Key PLUS = Key.character('+');
    private static final Key SPACE = Key.character(' ');

    private final FakeTicker ticker = new FakeTicker();

    /** 0 ice 19:30, 1 a hold at 30° of 0:45. */
    private final Timeline timeline = Routines.expand("Ice then hold",
            new Ice(Duration.ofSeconds(1170), Optional.empty(), StepStyle.NONE),
            new Inversion(30, Duration.ofSeconds(45), Optional.empty(), StepStyle.NONE));

    private SessionController controller(RecordingServices services) {
        SessionController controller = new SessionController(timeline, new Session(timeline, ticker), ticker,
                services, StandIn.NONE, Notices.NONE);
        controller.prepare();
        return controller;
    }

    private static Duration length(SessionController controller) {
        return controller.view().shown().orElseThrow().length().orElseThrow();
    }

    @Test
    void plus_withinTheLimit_addsAtOnce() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.onKey(SPACE);

        controller.onKey(PLUS);

        assertEquals(List.of(Duration.ofMinutes(20), SessionView.Overlay.NONE), List.of(length(controller),
                controller.view().overlay()));
    }

    @Test
    void plus_pastTwentyMinutesOfIce_asksFirst_andASecondPlusAddsIt() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.onKey(SPACE);
        controller.onKey(PLUS);

        controller.onKey(PLUS);
        SessionView asking = controller.view();
        controller.onKey(PLUS);

        assertEquals(List.of(SessionView.Overlay.CONFIRM_DOSE, Duration.ofMinutes(20), Duration.ofSeconds(1230),
                SessionView.Overlay.NONE), List.of(asking.overlay(), asking.shown().orElseThrow().length().orElseThrow(),
                        length(controller), controller.view().overlay()));
        assertEquals(true, asking.overlayText().orElseThrow().startsWith("This takes the ice past 20 minutes."));
    }

    @Test
    void anyOtherKey_answersNo() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.onKey(SPACE);
        controller.onKey(PLUS);
        controller.onKey(PLUS);

        controller.onKey(Key.character('x'));

        assertEquals(List.of(Duration.ofMinutes(20), SessionView.Overlay.NONE, SessionController.Stage.RUNNING),
                List.of(length(controller), controller.view().overlay(), controller.stage()));
    }

    @Test
    void fromCommands_aSecondAddTimeAddsIt_andAnotherCommandAnswersNoAndIsCarriedOut() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.command(Command.TOGGLE);
        controller.command(Command.ADD_TIME);
        controller.command(Command.ADD_TIME);
        controller.command(Command.ADD_TIME);
        Duration added = length(controller);
        controller.command(Command.ADD_TIME);

        controller.command(Command.SKIP);

        assertEquals(List.of(Duration.ofSeconds(1230), 1, SessionView.Overlay.NONE), List.of(added,
                controller.view().shown().orElseThrow().index(), controller.view().overlay()));
    }

    @Test
    void inAPlan_aHoldPastTheWeeksLimit_asks() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.safety(new SessionSafety(false, Map.of(), DoseLimits.ofPlan(Duration.ofSeconds(45))));
        controller.onKey(SPACE);
        controller.command(Command.SKIP);

        controller.onKey(PLUS);

        assertEquals(List.of(SessionView.Overlay.CONFIRM_DOSE, Duration.ofSeconds(45)), List.of(
                controller.view().overlay(), length(controller)));
    }

    @Test
    void theQuestion_goesWhenItsStepEnds() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        controller.onKey(SPACE);
        controller.onKey(PLUS);
        controller.onKey(PLUS);

        ticker.advance(Duration.ofMinutes(20));
        controller.update();

        assertEquals(List.of(1, SessionView.Overlay.NONE), List.of(controller.view().shown().orElseThrow().index(),
                controller.view().overlay()));
    }

    @Test
    void painBefore8_showsTheRedFlagOnce_untilAKey() {
        SessionController controller = controller(RecordingServices.kept());

        controller.onKey(Key.character('8'));
        controller.onKey(Key.of(Key.Name.ENTER));
        SessionView flagged = controller.view();
        controller.onKey(SPACE);

        assertEquals(List.of(SessionView.Overlay.RED_FLAG, Optional.of(RedFlags.SEVERE_PAIN),
                SessionController.Stage.READY, SessionView.Overlay.NONE, Optional.empty()), List.of(flagged.overlay(),
                        flagged.overlayText(), controller.stage(), controller.view().overlay(), controller.redFlag()));
    }

    @Test
    void painAfterRisingTwiceInARow_showsTheRedFlagOnTheEndPage_andTheNextKeyClosesIt() {
        SessionController controller = stoppedAfterPain3Then5(true);
        Optional<String> shown = controller.redFlag();
        Optional<Outcome> first = controller.onKey(Key.of(Key.Name.ENTER));
        Optional<Outcome> second = controller.onKey(Key.of(Key.Name.ENTER));

        assertEquals(List.of(Optional.of(RedFlags.RISING_PAIN), Optional.empty(), Optional.of(Outcome.STOPPED)),
                List.of(shown, first, second));
    }

    @Test
    void painAfterRisingOnce_isNoRedFlag() {
        SessionController controller = stoppedAfterPain3Then5(false);

        assertEquals(Optional.empty(), controller.redFlag());
    }

    /**
     * A kept session with pain 3 before, stopped at once, and 5 given after: the pain rose by 2.
     *
     * @param lastRose whether the session before this one raised the pain by 2 or more too
     */
    private SessionController stoppedAfterPain3Then5(boolean lastRose) {
        SessionController controller = controller(RecordingServices.kept());
        controller.painHistory(() -> lastRose);
        controller.onKey(Key.character('3'));
        controller.onKey(Key.of(Key.Name.ENTER));
        controller.onKey(SPACE);
        controller.stop();
        controller.onKey(Key.character('5'));
        controller.onKey(Key.of(Key.Name.ENTER));
        return controller;
    }
}
