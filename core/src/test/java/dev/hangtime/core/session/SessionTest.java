package dev.hangtime.core.session;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Walk;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Duration Z = Duration.ZERO;

    private final FakeTicker ticker = new FakeTicker();
    private final EventRecorder recorder = new EventRecorder();

    private Session session(Timeline timeline) {
        Session session = new Session(timeline, ticker);
        session.addListener(recorder);
        return session;
    }

    private static Inversion inversion(int angle, int seconds) {
        return new Inversion(angle, ofSeconds(seconds), Optional.empty(), StepStyle.NONE);
    }

    private static Rest rest(int seconds) {
        return new Rest(ofSeconds(seconds), StepStyle.NONE);
    }

    private static Prompt waitFor(String text) {
        return new Prompt(text, Optional.empty(), StepStyle.NONE);
    }

    @Test
    void run_toTheEnd_emitsEverySegmentBackToBack() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment inv = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);

        session.start();
        driver.run(ofSeconds(100));

        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(90)),
                new SegmentStarted(Z, inv),
                new SegmentEnded(ofSeconds(60), inv, true, ofSeconds(60)),
                new SegmentStarted(ofSeconds(60), rest),
                new SegmentEnded(ofSeconds(90), rest, true, ofSeconds(30)),
                new SessionEnded(ofSeconds(90), true, ofSeconds(90))), recorder.events());
        assertEquals(SessionState.FINISHED, session.state());
    }

    @Test
    void update_calledLate_startsNextSegmentAtItsIdealBoundary() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30), rest(30));
        Session session = session(timeline);
        session.start();

        ticker.advance(ofMillis(60_250));
        session.update();
        ticker.advance(ofMillis(29_800));
        session.update();

        // The rest began at 60 s, not at 60.25 s when the loop noticed, so it ends at 90 s: 60.25 + 29.8 > 90.
        assertEquals(new SegmentEnded(ofMillis(90_050), timeline.segments().get(1), true, ofSeconds(30)),
                recorder.events().get(4));
        assertEquals(Optional.of(ofMillis(29_950)), session.snapshot().segmentRemaining());
    }

    @Test
    void nextDue_isTheSegmentEnd_whenNoCueComesFirst() {
        Session session = session(Timelines.quiet(inversion(20, 60)));
        long start = ticker.read();

        session.start();

        assertEquals(OptionalLong.of(start + ofSeconds(60).toNanos()), session.nextDue());
    }

    @Test
    void pause_midSegment_freezesRemainingUntilResume() {
        Timeline timeline = Timelines.quiet(inversion(20, 60));
        Segment inv = timeline.segments().get(0);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();
        driver.run(ofSeconds(20));

        session.pause();
        ticker.advance(ofSeconds(45));
        SessionSnapshot whilePaused = session.snapshot();
        session.resume();
        driver.run(ofSeconds(40));

        assertEquals(SessionState.PAUSED, whilePaused.state());
        assertEquals(Optional.of(ofSeconds(40)), whilePaused.segmentRemaining());
        assertEquals(OptionalLong.empty(), pausedNextDue(timeline));
        assertEquals(List.of(
                new SessionStarted(Z, 1, 1, ofSeconds(60)),
                new SegmentStarted(Z, inv),
                new Paused(ofSeconds(20)),
                new Resumed(ofSeconds(65)),
                new SegmentEnded(ofSeconds(105), inv, true, ofSeconds(60)),
                new SessionEnded(ofSeconds(105), true, ofSeconds(60))), recorder.events());
    }

    private OptionalLong pausedNextDue(Timeline timeline) {
        Session other = new Session(timeline, ticker);
        other.start();
        other.pause();
        return other.nextDue();
    }

    @Test
    void skip_endsTheSegmentUnfinishedAndStartsTheNext() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment inv = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(12));

        session.skip();

        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(90)),
                new SegmentStarted(Z, inv),
                new SegmentEnded(ofSeconds(12), inv, false, ofSeconds(12)),
                new SegmentStarted(ofSeconds(12), rest)), recorder.events());
        assertEquals(Optional.of(ofSeconds(30)), session.snapshot().segmentRemaining());
    }

    @Test
    void skip_onTheLastSegment_finishesTheSession() {
        Timeline timeline = Timelines.quiet(rest(30));
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(5));

        session.skip();

        assertEquals(new SessionEnded(ofSeconds(5), true, ofSeconds(5)), recorder.events().get(3));
        assertEquals(SessionState.FINISHED, session.state());
    }

    @Test
    void back_within3Seconds_goesToThePreviousSegment() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment inv = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();
        driver.run(ofMillis(62_900));

        session.back();

        assertEquals(List.of(
                new SegmentEnded(ofMillis(62_900), rest, false, ofMillis(2_900)),
                new SegmentStarted(ofMillis(62_900), inv)), recorder.events().subList(4, 6));
        assertEquals(Optional.of(ofSeconds(60)), session.snapshot().segmentRemaining());
    }

    @Test
    void back_after3Seconds_restartsTheCurrentSegment() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();
        driver.run(ofSeconds(63));

        session.back();

        assertEquals(List.of(
                new SegmentEnded(ofSeconds(63), rest, false, ofSeconds(3)),
                new SegmentStarted(ofSeconds(63), rest)), recorder.events().subList(4, 6));
        assertEquals(Optional.of(ofSeconds(30)), session.snapshot().segmentRemaining());
    }

    @Test
    void back_onTheFirstSegment_restartsIt() {
        Timeline timeline = Timelines.quiet(inversion(20, 60));
        Segment inv = timeline.segments().get(0);
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(1));

        session.back();

        assertEquals(List.of(
                new SegmentEnded(ofSeconds(1), inv, false, ofSeconds(1)),
                new SegmentStarted(ofSeconds(1), inv)), recorder.events().subList(2, 4));
    }

    @Test
    void addTime_lengthensTheSegmentAndTheTotal() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment inv = timeline.segments().get(0);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();
        driver.run(ofSeconds(50));

        session.addTime(ofSeconds(30));
        SessionSnapshot after = session.snapshot();
        driver.run(ofSeconds(39));
        SessionSnapshot nearEnd = session.snapshot();
        driver.run(ofSeconds(1));

        Segment longer = inv.withLength(ofSeconds(90));
        assertEquals(new TimeAdded(ofSeconds(50), longer, ofSeconds(30)), recorder.events().get(2));
        assertEquals(Optional.of(ofSeconds(40)), after.segmentRemaining());
        assertEquals(ofSeconds(120), after.total());
        assertEquals(Optional.of(ofSeconds(1)), nearEnd.segmentRemaining());
        assertEquals(new SegmentEnded(ofSeconds(90), longer, true, ofSeconds(90)), recorder.events().get(3));
    }

    @Test
    void addTime_heldDown_stopsAtTheLongestAStepMayLast_andSaysHowMuchWasAdded() {
        // given a 15-minute ice, 10 s in
        Timeline timeline = Timelines.quiet(new Ice(ofSeconds(900), Optional.empty(), StepStyle.NONE));
        Segment ice = timeline.segments().get(0);
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(10));

        // when "+" is pressed 2,000 times: 30 s each, 16 h 40 min asked for
        List<Duration> added = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            added.add(session.addTime(ofSeconds(30)));
        }

        // then it stops at 4 h: 450 presses of 30 s, and nothing after
        assertEquals(List.of(ofSeconds(30), ofSeconds(30), Z), List.of(added.get(0), added.get(449), added.get(450)));
        assertEquals(Duration.ofHours(4).minus(ofSeconds(900)), added.stream().reduce(Z, Duration::plus));
        assertEquals(Optional.of(Duration.ofHours(4).minus(ofSeconds(10))), session.snapshot().segmentRemaining());
        assertEquals(new TimeAdded(ofSeconds(10), ice.withLength(Duration.ofHours(4)), ofSeconds(30)),
                recorder.events().get(recorder.events().size() - 1));
        assertEquals(452, recorder.events().size());
    }

    @Test
    void addTime_pastTheLimitInOneGo_addsWhatFits() {
        // given a 3 h 59 min 50 s walk
        Timeline timeline = Timelines.quiet(new Walk(Duration.ofHours(4).minusSeconds(10), Optional.empty(),
                StepStyle.NONE));
        Session session = session(timeline);
        session.start();

        // when
        Duration added = session.addTime(ofSeconds(30));

        // then
        assertEquals(List.of(ofSeconds(10), Optional.of(Duration.ofHours(4))),
                List.of(added, session.snapshot().segment().orElseThrow().length()));
    }

    @Test
    void addTime_afterTheCountdownBegan_soundsTheCountdownAgainAtTheNewEnd() {
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(false)), inversion(20, 10));
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();
        driver.run(ofSeconds(8));

        session.addTime(ofSeconds(30));
        driver.run(ofSeconds(40));

        Segment longer = timeline.segments().get(0).withLength(ofSeconds(40));
        List<SessionEvent> countdowns = recorder.events().stream()
                .filter(e -> e instanceof Countdown).toList();
        assertEquals(List.of(
                new Countdown(ofSeconds(7), timeline.segments().get(0), 3),
                new Countdown(ofSeconds(8), timeline.segments().get(0), 2),
                new Countdown(ofSeconds(37), longer, 3),
                new Countdown(ofSeconds(38), longer, 2),
                new Countdown(ofSeconds(39), longer, 1)), countdowns);
    }

    @Test
    void manualSegment_waitsForDone_andCountsTheTimeTaken() {
        Timeline timeline = Timelines.quiet(waitFor("Lock your ankles"), rest(10));
        Segment prompt = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);

        session.start();
        driver.run(ofSeconds(40));
        SessionState waiting = session.state();
        OptionalLong dueWhileWaiting = session.nextDue();
        session.done();
        driver.run(ofSeconds(10));

        assertEquals(SessionState.WAITING, waiting);
        assertEquals(OptionalLong.empty(), dueWhileWaiting);
        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(10)),
                new SegmentStarted(Z, prompt),
                new SegmentEnded(ofSeconds(40), prompt, true, ofSeconds(40)),
                new SegmentStarted(ofSeconds(40), rest),
                new SegmentEnded(ofSeconds(50), rest, true, ofSeconds(10)),
                new SessionEnded(ofSeconds(50), true, ofSeconds(50))), recorder.events());
    }

    @Test
    void done_onATimedSegment_doesNothing() {
        Session session = session(Timelines.quiet(rest(10)));
        session.start();
        ticker.advance(ofSeconds(2));

        session.done();

        assertEquals(2, recorder.events().size());
        assertEquals(SessionState.RUNNING, session.state());
    }

    @Test
    void stop_midSegment_endsTheSessionUncompleted() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30));
        Segment inv = timeline.segments().get(0);
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(25));

        session.stop();
        session.stop();
        session.skip();

        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(90)),
                new SegmentStarted(Z, inv),
                new SegmentEnded(ofSeconds(25), inv, false, ofSeconds(25)),
                new SessionEnded(ofSeconds(25), false, ofSeconds(25))), recorder.events());
        assertEquals(SessionState.STOPPED, session.state());
    }

    @Test
    void stop_whilePaused_countsOnlyActiveTime() {
        Timeline timeline = Timelines.quiet(inversion(20, 60));
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(10));
        session.pause();
        ticker.advance(ofSeconds(100));

        session.stop();

        assertEquals(new SessionEnded(ofSeconds(110), false, ofSeconds(10)), recorder.events().get(4));
    }

    @Test
    void cues_countdownHalfwayAndReminders_comeInOrderAtTheirMoments() {
        Ice ice = new Ice(ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE);
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(true)), ice);
        Segment seg = timeline.segments().get(0);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);

        session.start();
        driver.run(ofSeconds(20));

        assertEquals(List.of(
                new SessionStarted(Z, 1, 1, ofSeconds(20)),
                new SegmentStarted(Z, seg),
                new ReminderDue(ofSeconds(5), seg, Reminder.Reason.CHECK_SKIN, 1),
                new ReminderDue(ofSeconds(10), seg, Reminder.Reason.CHECK_SKIN, 2),
                new Halfway(ofSeconds(10), seg),
                new ReminderDue(ofSeconds(15), seg, Reminder.Reason.CHECK_SKIN, 3),
                new Countdown(ofSeconds(17), seg, 3),
                new Countdown(ofSeconds(18), seg, 2),
                new Countdown(ofSeconds(19), seg, 1),
                new SegmentEnded(ofSeconds(20), seg, true, ofSeconds(20)),
                new SessionEnded(ofSeconds(20), true, ofSeconds(20))), recorder.events());
    }

    @Test
    void cues_moreThanASecondOverdue_areDroppedButBoundariesAreNot() {
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(false)), rest(10), rest(10));
        Session session = session(timeline);
        session.start();

        ticker.advance(ofMillis(19_500));
        session.update();

        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(20)),
                new SegmentStarted(Z, timeline.segments().get(0)),
                new SegmentEnded(ofMillis(19_500), timeline.segments().get(0), true, ofSeconds(10)),
                new SegmentStarted(ofMillis(19_500), timeline.segments().get(1)),
                new Countdown(ofMillis(19_500), timeline.segments().get(1), 1)), recorder.events());
    }

    @Test
    void aPreview_sameRoutineAtAnySpeed_sameEvents_thoughTheLoopWakesAFewMillisecondsLate() {
        // At 1000 times real speed, a loop that wakes 3 ms late is 3 s late in the session's time.
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(true)), inversion(20, 10));
        Session session = new Session(timeline, ticker, 1000);
        session.addListener(recorder);
        session.start();

        for (int i = 0; i < 4; i++) {
            ticker.advance(ofSeconds(i == 0 ? 8 : 1));
            session.update();
        }

        assertEquals(List.of("SessionStarted", "SegmentStarted", "Halfway", "Countdown", "Countdown", "Countdown",
                "SegmentEnded", "SessionEnded"),
                recorder.events().stream().map(e -> e.getClass().getSimpleName()).toList());
    }

    @Test
    void skipStep_passesOverTheRestOfTheStep_everySideAndSet_andAfterTheLastStepEndsTheSession() {
        Exercise plank = Exercise.timed("Side bridge", ofSeconds(20), 2, ofSeconds(10), Sides.BOTH, StepStyle.NONE);
        Timeline timeline = Timelines.quiet(plank, rest(30));
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(5));

        session.skipStep();
        int afterFirst = session.snapshot().segment().orElseThrow().index();
        ticker.advance(ofSeconds(2));
        session.skipStep();

        assertEquals(5, afterFirst);
        assertEquals(List.of(
                new SegmentEnded(ofSeconds(5), timeline.segments().get(0), false, ofSeconds(5)),
                new SegmentStarted(ofSeconds(5), timeline.segments().get(5)),
                new SegmentEnded(ofSeconds(7), timeline.segments().get(5), false, ofSeconds(2)),
                new SessionEnded(ofSeconds(7), true, ofSeconds(7))), recorder.events().subList(2, 6));
    }

    @Test
    void snapshot_planDone_countsWhatWasRun_soASkipDoesNotMoveIt_andTheEndSaysHowMuchOfThePlanWasDone() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), rest(30), rest(30));
        Session session = session(timeline);
        session.start();
        ticker.advance(ofSeconds(10));
        Duration beforeSkip = session.snapshot().done();

        session.skip();
        Duration afterSkip = session.snapshot().done();
        ticker.advance(ofSeconds(60));
        session.update();

        assertEquals(List.of(ofSeconds(10), ofSeconds(10), ofSeconds(70), ofSeconds(120)),
                List.of(beforeSkip, afterSkip, session.snapshot().done(), session.snapshot().total()));
        assertEquals(70.0 / 120, session.snapshot().sessionProgress(), 1e-9);
    }

    @Test
    void switchSides_followsTheStartOfTheRightSide() {
        Exercise plank = Exercise.timed("Side bridge", ofSeconds(20), 1, Duration.ZERO, Sides.BOTH, StepStyle.NONE);
        Timeline timeline = Timelines.quiet(plank);
        Segment left = timeline.segments().get(0);
        Segment right = timeline.segments().get(1);
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);

        session.start();
        driver.run(ofSeconds(20));

        assertEquals(List.of(
                new SegmentEnded(ofSeconds(20), left, true, ofSeconds(20)),
                new SegmentStarted(ofSeconds(20), right),
                new SwitchSides(ofSeconds(20), right)), recorder.events().subList(2, 5));
    }

    @Test
    void snapshot_reportsProgressAndWhatComesNext() {
        Timeline timeline = Timelines.quiet(inversion(20, 60), new Walk(ofSeconds(40), Optional.empty(), StepStyle.NONE));
        Session session = session(timeline);
        SessionDriver driver = new SessionDriver(session, ticker);
        session.start();

        driver.run(ofSeconds(15));
        SessionSnapshot snapshot = session.snapshot();

        assertEquals(new SessionSnapshot(SessionState.RUNNING, ofSeconds(15), Optional.of(timeline.segments().get(0)),
                ofSeconds(15), Optional.of(ofSeconds(45)), Optional.of(timeline.segments().get(1)), ofSeconds(15),
                ofSeconds(15), ofSeconds(100), 2), snapshot);
        assertEquals(0.25, snapshot.segmentProgress());
        assertEquals(0.15, snapshot.sessionProgress());
    }

    @Test
    void toggle_startsPausesAndResumes() {
        Session session = session(Timelines.quiet(rest(10)));

        session.toggle();
        SessionState first = session.state();
        session.toggle();
        SessionState second = session.state();
        session.toggle();

        assertEquals(List.of(SessionState.RUNNING, SessionState.PAUSED, SessionState.RUNNING),
                List.of(first, second, session.state()));
    }

    @Test
    void start_onATimelineWithNoSegments_finishesAtOnce() {
        // Expansion refuses a routine that gives nothing; a timeline made by hand may still hold none.
        Timeline empty = Timelines.quiet(rest(1));
        Session session = session(new Timeline(empty.routine(), List.of(), Z));

        session.start();

        assertEquals(List.of(new SessionStarted(Z, 0, 0, Z), new SessionEnded(Z, true, Z)), recorder.events());
    }
}
