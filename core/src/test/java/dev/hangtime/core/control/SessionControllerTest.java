package dev.hangtime.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.FakeTicker;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The session as both front ends run it, on the real engine and a fake ticker, with keys as the key map
 * gives them. The facet routine: 0 a prompt that waits, 1 a 1:00 inversion, 2–7 bird-dog reps and relaxes,
 * 8 a 0:30 rest; 2:20 in all.
 */
class SessionControllerTest {

    private static final long MS = 1_000_000L;
    private static final Key SPACE = Key.character(' ');
    private static final Key ENTER = Key.of(Key.Name.ENTER);
    private static final Key ESC = Key.of(Key.Name.ESCAPE);

    private final FakeTicker ticker = new FakeTicker();
    private final Timeline timeline = Routines.facet();
    private final Session session = new Session(timeline, ticker);
    private final List<Notice> noticed = new ArrayList<>();

    private SessionController controller(RecordingServices services) {
        SessionController controller = new SessionController(timeline, session, ticker, services, StandIn.NONE,
                noticed::add);
        controller.prepare();
        return controller;
    }

    private static List<Optional<Outcome>> press(SessionController controller, Key... keys) {
        List<Optional<Outcome>> left = new ArrayList<>();
        for (Key key : keys) {
            left.add(controller.onKey(key));
        }
        return left;
    }

    private void after(SessionController controller, double seconds) {
        ticker.advance(Duration.ofNanos((long) (seconds * 1e9)));
        controller.update();
    }

    private static int shownIndex(SessionController controller) {
        return controller.view().shown().map(Segment::index).orElse(-1);
    }

    @Test
    void ready_showsTheFirstStepAndTheNext_untilSpace() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));

        SessionView view = controller.view();

        assertEquals(List.of(SessionController.Stage.READY, 0, Optional.of(1), SessionView.Overlay.NONE),
                List.of(controller.stage(), shownIndex(controller), view.next().map(Segment::index),
                        view.overlay()));
    }

    @Test
    void prepare_isDoneOnce() {
        RecordingServices services = RecordingServices.kept();
        SessionController controller = controller(services);

        controller.prepare();

        assertEquals(List.of("prepared"), services.told);
    }

    @Test
    void keptSession_asksForThePainBefore_andDigitsAndEnterKeepIt() {
        RecordingServices services = RecordingServices.kept();
        SessionController controller = controller(services);
        SessionView.Overlay asking = controller.view().overlay();

        press(controller, Key.character('3'), ENTER);

        assertEquals(List.of(SessionView.Overlay.PAIN_BEFORE, List.of("prepared", "before 3"), OptionalInt.of(3),
                SessionView.Overlay.NONE, SessionController.Stage.READY),
                List.of(asking, services.told, controller.view().painBefore(), controller.view().overlay(),
                        controller.stage()));
    }

    @Test
    void painBefore_typedButNotEntered_isKeptBySpace_whichStarts() {
        RecordingServices services = RecordingServices.kept();
        SessionController controller = controller(services);

        press(controller, Key.character('5'), SPACE);

        assertEquals(List.of(List.of("prepared", "before 5"), SessionState.WAITING),
                List.of(services.told, controller.state()));
    }

    @Test
    void painBefore_offTheScale_isRefusedWithWhy_andTheQuestionStays() {
        SessionController controller = controller(RecordingServices.kept());

        press(controller, Key.character('1'), Key.character('2'), ENTER);

        PainQuestion question = controller.view().painQuestion().orElseThrow();
        assertEquals(List.of(Optional.of("12 is not on the scale: type a score from 0 to 10"), "",
                SessionView.Overlay.PAIN_BEFORE), List.of(question.problem(), question.typed(),
                controller.view().overlay()));
    }

    @Test
    void painBefore_enterWithNothingTyped_orEsc_passesOverIt() {
        RecordingServices enter = RecordingServices.kept();
        RecordingServices esc = RecordingServices.kept();
        SessionController byEnter = controller(enter);
        press(byEnter, ENTER);
        SessionController byEsc = new SessionController(timeline, new Session(timeline, ticker), ticker, esc,
                StandIn.NONE, Notices.NONE);
        byEsc.prepare();
        press(byEsc, ESC);

        assertEquals(List.of(SessionView.Overlay.NONE, SessionView.Overlay.NONE, List.of("prepared"),
                List.of("prepared"), SessionController.Stage.READY), List.of(byEnter.view().overlay(),
                byEsc.view().overlay(), enter.told, esc.told, byEsc.stage()));
    }

    @Test
    void sessionNotKept_asksNothing() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));

        assertEquals(List.of(SessionView.Overlay.NONE, Optional.empty()),
                List.of(controller.view().overlay(), controller.view().painQuestion()));
    }

    @Test
    void painGivenOnTheCommandLine_isNotAskedAgain() {
        SessionController controller = controller(new RecordingServices(false, Optional.of(false), true));

        assertEquals(SessionView.Overlay.NONE, controller.view().overlay());
    }

    @Test
    void space_startsPausesAndResumes() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        List<SessionState> states = new ArrayList<>();

        press(controller, SPACE);
        states.add(controller.state());
        press(controller, ENTER);
        states.add(controller.state());
        press(controller, SPACE);
        states.add(controller.state());
        press(controller, SPACE);
        states.add(controller.state());

        assertEquals(List.of(SessionState.WAITING, SessionState.RUNNING, SessionState.PAUSED, SessionState.RUNNING),
                states);
    }

    @Test
    void arrows_skipAndGoBack() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        List<Integer> shown = new ArrayList<>();

        press(controller, Key.of(Key.Name.RIGHT));
        shown.add(shownIndex(controller));
        press(controller, Key.character('n'));
        shown.add(shownIndex(controller));
        press(controller, Key.of(Key.Name.LEFT));
        shown.add(shownIndex(controller));
        press(controller, Key.character('b'));
        shown.add(shownIndex(controller));

        assertEquals(List.of(2, 3, 2, 1), shown);
    }

    @Test
    void shiftRightOrCapitalN_skipsTheRestOfTheStep_allItsRepsAndSides_andTheEndPageCountsSteps() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER, Key.of(Key.Name.RIGHT));
        List<Integer> shown = new ArrayList<>();
        shown.add(shownIndex(controller));

        press(controller, Key.shifted(Key.Name.RIGHT));
        shown.add(shownIndex(controller));
        after(controller, 30);

        // Bird-dog's two reps on each side are one step: Shift+→ goes from its first rep to the rest.
        assertEquals(List.of(2, 8), shown);
        EndSummary end = controller.end().orElseThrow();
        assertEquals(List.of(2, 2, 4), List.of(end.completedSteps(), end.skippedSteps(), end.steps()));
    }

    @Test
    void capitalN_skipsTheStepToo() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER, Key.of(Key.Name.RIGHT), Key.character('N'));

        assertEquals(8, shownIndex(controller));
    }

    @Test
    void pageDown_saysDoneOnAStepThatWaits_andSkipsOtherwise_andPageUpGoesBack() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE);
        List<Object> seen = new ArrayList<>();

        press(controller, Key.of(Key.Name.PAGE_DOWN));
        seen.add(List.of(shownIndex(controller), controller.state()));
        press(controller, Key.of(Key.Name.PAGE_DOWN));
        seen.add(List.of(shownIndex(controller), controller.state()));
        press(controller, Key.of(Key.Name.PAGE_UP));
        seen.add(List.of(shownIndex(controller), controller.state()));

        assertEquals(List.of(List.of(1, SessionState.RUNNING), List.of(2, SessionState.RUNNING),
                List.of(1, SessionState.RUNNING)), seen);
    }

    @Test
    void mediaPlayPause_isSpace() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));

        press(controller, Key.of(Key.Name.MEDIA_PLAY_PAUSE));

        assertEquals(SessionState.WAITING, controller.state());
    }

    @Test
    void plus_addsThirtySecondsToThisStep() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 10);

        press(controller, Key.character('+'));

        assertEquals(Optional.of(Duration.ofSeconds(80)), controller.view().snapshot().segmentRemaining());
    }

    @Test
    void m_switchesTheSoundOffAndOn() {
        SessionController controller = controller(new RecordingServices(true, Optional.empty(), true));
        List<Optional<SoundStatus>> sound = new ArrayList<>();

        sound.add(controller.view().sound());
        press(controller, Key.character('m'));
        sound.add(controller.view().sound());
        press(controller, Key.character('m'));
        sound.add(controller.view().sound());

        assertEquals(List.of(Optional.of(SoundStatus.ON), Optional.of(SoundStatus.MUTED), Optional.of(SoundStatus.ON)),
                sound);
    }

    @Test
    void m_withoutSound_doesNothing() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));

        press(controller, Key.character('m'));

        assertEquals(Optional.empty(), controller.view().sound());
    }

    @Test
    void q_beforeTheStart_leavesAtOnceAsStopped_andLetsTheServicesGo() {
        RecordingServices services = new RecordingServices(false, Optional.empty(), true);
        SessionController controller = controller(services);

        List<Optional<Outcome>> left = press(controller, Key.character('q'));

        assertEquals(List.of(List.of(Optional.of(Outcome.STOPPED)), SessionController.Stage.LEFT,
                List.of("prepared", "closed")), List.of(left, controller.stage(), services.told));
    }

    @Test
    void q_whileRunning_asksFirst_andAnyOtherKeyCarriesOn() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);

        press(controller, Key.character('q'));
        SessionView.Overlay asking = controller.view().overlay();
        press(controller, Key.character('x'));

        assertEquals(List.of(SessionView.Overlay.CONFIRM_STOP, SessionView.Overlay.NONE, SessionState.RUNNING),
                List.of(asking, controller.view().overlay(), controller.state()));
    }

    @Test
    void escThenY_stops_andTheEndPageSaysWhereItStopped() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 20);

        List<Optional<Outcome>> left = press(controller, ESC, Key.character('y'));

        EndSummary end = controller.end().orElseThrow();
        assertEquals(List.of(List.of(Optional.empty(), Optional.empty()), SessionController.Stage.ENDED,
                Outcome.STOPPED, Optional.of(1), Duration.ofSeconds(20), 1, 0),
                List.of(left, controller.stage(), end.outcome(), end.stoppedAt().map(Segment::index), end.active(),
                        end.completedSteps(), end.skippedSteps()));
    }

    @Test
    void question_thenHelp_eachClosedByAnyKey() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);

        press(controller, Key.character('?'));
        SessionView.Overlay help = controller.view().overlay();
        press(controller, Key.character('q'));
        SessionState stillRunning = controller.state();

        assertEquals(List.of(SessionView.Overlay.HELP, SessionView.Overlay.NONE, SessionState.RUNNING),
                List.of(help, controller.view().overlay(), stillRunning));
    }

    @Test
    void runThrough_reachesTheEndPage_whichAsksForThePainAfter_andEnterLeavesCompleted() {
        RecordingServices services = RecordingServices.kept();
        SessionController controller = controller(services);
        press(controller, ENTER, SPACE, ENTER);
        after(controller, 140);
        boolean asking = controller.painAfter().isPresent();

        List<Optional<Outcome>> left = press(controller, Key.character('4'), ENTER, ENTER);

        EndSummary end = controller.end().orElseThrow();
        assertEquals(List.of(true, List.of(Optional.empty(), Optional.empty(), Optional.of(Outcome.COMPLETED)),
                Optional.of("Pain 4 kept"), List.of("prepared", "after 4", "closed"), 4, Duration.ofSeconds(140),
                SessionController.Stage.LEFT), List.of(asking, left, controller.painAfterLine(), services.told,
                end.completedSteps(), end.active(), controller.stage()));
    }

    @Test
    void painAfter_thatTheJournalCannotTake_saysSo() {
        SessionController controller = controller(new RecordingServices(false, Optional.of(true), false));
        press(controller, ENTER, SPACE, ENTER);
        after(controller, 140);

        press(controller, Key.character('4'), ENTER);

        assertEquals(Optional.of("Pain 4 could not be kept: the journal cannot be written"),
                controller.painAfterLine());
    }

    @Test
    void endPage_spaceWhileAsking_leavesWithoutAScore() {
        RecordingServices services = RecordingServices.kept();
        SessionController controller = controller(services);
        press(controller, ENTER, SPACE, ENTER);
        after(controller, 140);

        List<Optional<Outcome>> left = press(controller, SPACE);

        assertEquals(List.of(List.of(Optional.of(Outcome.COMPLETED)), List.of("prepared", "closed")),
                List.of(left, services.told));
    }

    @Test
    void ctrlC_whileRunning_isAStop_keptAsStopped_thenLetsGoOnce() {
        RecordingServices services = new RecordingServices(false, Optional.empty(), true);
        SessionController controller = controller(services);
        press(controller, SPACE, ENTER);
        session.addListener(event -> services.told.add(event.getClass().getSimpleName()));

        List<Optional<Outcome>> left = press(controller, Key.ctrl('c'));
        controller.release();

        // Not told "interrupted": the journal keeps it as stopped, and nothing offers to pick it up again.
        assertEquals(List.of(List.of(Optional.of(Outcome.INTERRUPTED)),
                List.of("prepared", "SegmentEnded", "SessionEnded", "closed")),
                List.of(left, services.told));
    }

    @Test
    void theTerminalGone_tellsTheJournalFirstThatItIsACutOff_thenStops_andLetsGoOnce() {
        RecordingServices services = new RecordingServices(false, Optional.empty(), true);
        SessionController controller = controller(services);
        press(controller, SPACE, ENTER);
        session.addListener(event -> services.told.add(event.getClass().getSimpleName()));

        List<Optional<Outcome>> left = press(controller, Key.of(Key.Name.END_OF_INPUT));
        controller.release();

        assertEquals(List.of(List.of(Optional.of(Outcome.INTERRUPTED)),
                List.of("prepared", "interrupted", "SegmentEnded", "SessionEnded", "closed")),
                List.of(left, services.told));
    }

    @Test
    void ctrlC_onTheEndPage_leavesWithTheSessionsOwnOutcome() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 140);

        Outcome outcome = controller.interrupt();

        assertEquals(Outcome.COMPLETED, outcome);
    }

    @Test
    void stop_withoutAsking_endsTheSession_asPlainModesQDoes() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);

        controller.stop();

        assertEquals(List.of(SessionController.Stage.ENDED, Outcome.STOPPED),
                List.of(controller.stage(), controller.end().orElseThrow().outcome()));
    }

    @Test
    void startAt_goesOnWhereItStopped_withoutAskingForThePain() {
        SessionController controller = new SessionController(timeline, session, ticker, RecordingServices.kept(),
                StandIn.NONE, Notices.NONE);

        controller.startAt(1, Duration.ofSeconds(20));

        assertEquals(List.of(SessionController.Stage.RUNNING, 1, Optional.of(Duration.ofSeconds(40)),
                SessionView.Overlay.NONE), List.of(controller.stage(), shownIndex(controller),
                controller.view().snapshot().segmentRemaining(), controller.view().overlay()));
    }

    @Test
    void nextWake_beforeTheStart_isNothing() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));

        assertEquals(OptionalLong.empty(), controller.nextWake());
    }

    @Test
    void nextWake_whileRunning_isTheNextChangeOfTheSecondShown() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 10.25);

        assertEquals(OptionalLong.of(ticker.read() + 750 * MS), controller.nextWake());
    }

    @Test
    void nextWake_whilePausedOrWaiting_isNothing() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE);
        OptionalLong waiting = controller.nextWake();
        press(controller, ENTER, SPACE);

        assertEquals(List.of(OptionalLong.empty(), OptionalLong.empty()), List.of(waiting, controller.nextWake()));
    }

    @Test
    void nextWake_isACuesLeadAheadOfItsMoment_whenThatComesFirst() {
        // 56.85 s into the 60 s hold: the pip for 3 s left sounds at 57 s, so it is handed over at 56.9 s.
        SessionController controller = controller(new RecordingServices(true, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 56.85);

        assertEquals(OptionalLong.of(ticker.read() + 50 * MS), controller.nextWake());
    }

    @Test
    void nextDue_leavesOutTheSecondsShown() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 10.25);

        // The hold's first countdown pip, 3 s before its end at 60 s.
        assertEquals(OptionalLong.of(ticker.read() + 46_750 * MS), controller.nextDue());
    }

    @Test
    void nextWake_onTheEndPage_isNothing() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);
        after(controller, 140);

        assertEquals(OptionalLong.empty(), controller.nextWake());
    }

    @Test
    void notice_isShownUntilReplaced() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        Notice sound = new Notice(Notice.Topic.SOUND, "No sound device: the screen flashes for each cue instead.");

        controller.notice(sound);

        assertEquals(Optional.of(sound), controller.view().notice());
    }

    @Test
    void timeAway_inAnIcePack_isSaidOnTheScreenWithHowLongThePackHasBeenOn() {
        Timeline ice = Routines.expand("Ice", new Ice(Duration.ofMinutes(15), Optional.empty(), StepStyle.NONE));
        Instant[] wall = {Instant.parse("2026-12-05T07:00:00Z")};
        Session watched = new Session(ice, ticker, () -> wall[0]);
        SessionController controller = new SessionController(ice, watched, ticker, SessionSetup.NONE, StandIn.NONE,
                Notices.NONE);
        controller.prepare();
        press(controller, SPACE);
        ticker.advance(Duration.ofMinutes(5));
        wall[0] = wall[0].plus(Duration.ofMinutes(5));
        controller.update();

        // The laptop sleeps for 20 minutes: the wall clock goes on, the monotonic clock stands still.
        wall[0] = wall[0].plus(Duration.ofMinutes(20));
        controller.update();

        assertEquals(Optional.of("Hangtime did not run for 20:00 (the computer slept, or it was stopped). The pack"
                + " has been on for 25:00: take it off."), controller.view().notice().map(Notice::message));
    }

    @Test
    void plus_pastTheLongestAStepMayLast_addsWhatFits_andSaysSo() {
        SessionController controller = controller(new RecordingServices(false, Optional.empty(), true));
        press(controller, SPACE, ENTER);

        // Past the inversion's dose limit, each + asks first and the next adds it anyway: 1,000 presses add 500 times.
        for (int i = 0; i < 1000; i++) {
            press(controller, Key.character('+'));
        }

        assertEquals(List.of(Optional.of(Duration.ofHours(4)), Optional.of("A step lasts at most 4:00:00: no more"
                + " time can be added to this one.")), List.of(controller.view().shown().flatMap(Segment::length),
                controller.view().notice().map(Notice::message)));
    }
}
