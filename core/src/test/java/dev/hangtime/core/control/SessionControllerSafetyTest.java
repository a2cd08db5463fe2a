package dev.hangtime.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the safety screen settled, as the session shows it: the reminder once answered, and {@code i}. */
class SessionControllerSafetyTest {

    private static final Key I = Key.character('i');

    private final FakeTicker ticker = new FakeTicker();
    private final Timeline timeline = Routines.expand("Hold",
            new Prompt("Safety check: tether set.", Optional.empty(), StepStyle.NONE.withLabel("Safety check")),
            new Inversion(70, Duration.ofMinutes(3), Optional.empty(), StepStyle.NONE));

    private SessionController controller() {
        SessionController controller = new SessionController(timeline, new Session(timeline, ticker), ticker,
                SessionSetup.NONE, StandIn.NONE, Notices.NONE);
        controller.prepare();
        return controller;
    }

    @Test
    void unscreened_showsTheInversionReminderFirst() {
        SessionController controller = controller();

        assertEquals(Warnings.INVERSION_REMINDER, controller.view().warnings().get(0));
        assertEquals(2, controller.view().warnings().size());
    }

    @Test
    void screened_leavesTheReminderOut_andKeepsTheOtherWarnings() {
        SessionController controller = controller();

        controller.safety(new SessionSafety(true, Map.of()));

        assertEquals(List.of("steps[1]: an inversion at 70° held for 3 minutes (above 60°, hold for at most"
                + " 2 minutes at a time, with a rest near level between holds)"), controller.view().warnings());
    }

    @Test
    void aShortCheck_showsItsShortText_andIShowsTheFullOne_untilAnyKey() {
        SessionController controller = controller();
        controller.safety(new SessionSafety(true, Map.of(0, "Tether set?")));
        SessionView shortened = controller.view();

        controller.onKey(I);
        SessionView open = controller.view();
        controller.onKey(Key.character('x'));
        SessionView closed = controller.view();

        // Before the start the routine's warnings come first: on the screen they take the note's place.
        assertEquals(List.of(Optional.of("Tether set?"), SessionView.Overlay.DETAILS,
                Optional.of("! steps[1]: an inversion at 70° held for 3 minutes (above 60°, hold for at most 2 minutes"
                        + " at a time, with a rest near level between holds)\n\nSafety check: tether set."),
                SessionView.Overlay.NONE, Optional.empty()),
                List.of(shortened.shown().orElseThrow().note(), open.overlay(), open.overlayText(), closed.overlay(),
                        closed.overlayText()));
    }

    @Test
    void i_onAStepWithoutAShortCheck_showsItsWholeNote_orSaysThereIsNothingMore() {
        SessionController controller = controller();
        controller.onKey(Key.character(' '));
        controller.onKey(Key.of(Key.Name.ENTER));

        controller.onKey(I);

        assertEquals(Optional.of("Inversion 70°: nothing more to read about this step."),
                controller.view().overlayText());
    }

    @Test
    void aCommandFromAButton_closesTheDetailsAndActs() {
        SessionController controller = controller();
        controller.command(Command.DETAILS);

        controller.command(Command.TOGGLE);

        assertEquals(List.of(SessionView.Overlay.NONE, SessionController.Stage.RUNNING),
                List.of(controller.view().overlay(), controller.stage()));
    }
}
