package dev.hangtime.core.session;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionUpcomingTest {

    private final FakeTicker ticker = new FakeTicker();
    private final long origin = ticker.read();

    private long at(Duration sinceStart) {
        return origin + sinceStart.toNanos();
    }

    private static Rest rest(int seconds) {
        return new Rest(ofSeconds(seconds), StepStyle.NONE);
    }

    @Test
    void upcoming_withinTheHorizon_listsTheCuesStillToComeInOrder() {
        Ice ice = new Ice(ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE);
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(true)), ice, rest(10));
        Segment seg = timeline.segments().get(0);
        Session session = new Session(timeline, ticker);
        session.start();
        new SessionDriver(session, ticker).run(ofSeconds(6));

        List<Upcoming> upcoming = session.upcoming(ofSeconds(12));

        assertEquals(List.of(
                new Upcoming(at(ofSeconds(10)), new ReminderDue(ofSeconds(10), seg, Reminder.Reason.CHECK_SKIN, 2)),
                new Upcoming(at(ofSeconds(10)), new Halfway(ofSeconds(10), seg)),
                new Upcoming(at(ofSeconds(15)), new ReminderDue(ofSeconds(15), seg, Reminder.Reason.CHECK_SKIN, 3)),
                new Upcoming(at(ofSeconds(17)), new Countdown(ofSeconds(17), seg, 3)),
                new Upcoming(at(ofSeconds(18)), new Countdown(ofSeconds(18), seg, 2))), upcoming);
    }

    @Test
    void upcoming_acrossTheBoundary_endsWithTheNextSegmentsStartAndNothingAfter() {
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(2), Optional.of(false)), rest(10), rest(10));
        Segment first = timeline.segments().get(0);
        Segment second = timeline.segments().get(1);
        Session session = new Session(timeline, ticker);
        session.start();
        new SessionDriver(session, ticker).run(ofMillis(8_500));

        List<Upcoming> upcoming = session.upcoming(ofSeconds(60));

        assertEquals(List.of(
                new Upcoming(at(ofSeconds(9)), new Countdown(ofSeconds(9), first, 1)),
                new Upcoming(at(ofSeconds(10)), new SegmentEnded(ofSeconds(10), first, true, ofSeconds(10))),
                new Upcoming(at(ofSeconds(10)), new SegmentStarted(ofSeconds(10), second))), upcoming);
    }

    @Test
    void upcoming_countdownNotYetProcessed_isStillListed() {
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(2), Optional.of(false)), rest(10), rest(10));
        Segment first = timeline.segments().get(0);
        Session session = new Session(timeline, ticker);
        session.start();
        ticker.advance(ofMillis(8_001));

        List<Upcoming> upcoming = session.upcoming(ofMillis(500));

        assertEquals(List.of(new Upcoming(at(ofSeconds(8)), new Countdown(ofSeconds(8), first, 2))), upcoming);
    }

    @Test
    void upcoming_atTheLastBoundary_endsTheSessionWithItsActiveTime() {
        Timeline timeline = Timelines.quiet(rest(10), rest(5));
        Segment last = timeline.segments().get(1);
        Session session = new Session(timeline, ticker);
        session.start();
        new SessionDriver(session, ticker).run(ofSeconds(12));

        List<Upcoming> upcoming = session.upcoming(ofSeconds(3));

        assertEquals(List.of(
                new Upcoming(at(ofSeconds(15)), new SegmentEnded(ofSeconds(15), last, true, ofSeconds(5))),
                new Upcoming(at(ofSeconds(15)), new SessionEnded(ofSeconds(15), true, ofSeconds(15)))), upcoming);
    }

    @Test
    void upcoming_intoTheSecondSide_includesTheSwitch() {
        Exercise bridge = Exercise.timed("Side bridge", ofSeconds(20), 1, Duration.ZERO, Sides.BOTH, StepStyle.NONE);
        Timeline timeline = Timelines.quiet(bridge);
        Segment left = timeline.segments().get(0);
        Segment right = timeline.segments().get(1);
        Session session = new Session(timeline, ticker);
        session.start();
        ticker.advance(ofSeconds(19));

        List<Upcoming> upcoming = session.upcoming(ofSeconds(1));

        assertEquals(List.of(
                new Upcoming(at(ofSeconds(20)), new SegmentEnded(ofSeconds(20), left, true, ofSeconds(20))),
                new Upcoming(at(ofSeconds(20)), new SegmentStarted(ofSeconds(20), right)),
                new Upcoming(at(ofSeconds(20)), new SwitchSides(ofSeconds(20), right))), upcoming);
    }

    @Test
    void upcoming_beyondTheHorizon_isEmpty() {
        Session session = new Session(Timelines.quiet(rest(10)), ticker);
        session.start();

        assertEquals(List.of(), session.upcoming(ofMillis(9_999)));
    }

    @Test
    void upcoming_whilePausedWaitingOrNotStarted_isEmpty() {
        Prompt ready = new Prompt("Lie down", Optional.empty(), StepStyle.NONE);
        Session waiting = new Session(Timelines.quiet(ready, rest(10)), ticker);
        waiting.start();
        Session paused = new Session(Timelines.quiet(rest(10)), ticker);
        paused.start();
        paused.pause();
        Session notStarted = new Session(Timelines.quiet(rest(10)), ticker);

        List<List<Upcoming>> all = List.of(waiting.upcoming(ofSeconds(60)), paused.upcoming(ofSeconds(60)),
                notStarted.upcoming(ofSeconds(60)));

        assertEquals(List.of(List.of(), List.of(), List.of()), all);
    }

    @Test
    void upcoming_afterPauseAndResume_isShiftedByThePause() {
        Timeline timeline = Timelines.quiet(rest(10));
        Segment seg = timeline.segments().get(0);
        Session session = new Session(timeline, ticker);
        session.start();
        ticker.advance(ofSeconds(4));
        session.pause();
        ticker.advance(ofSeconds(30));
        session.resume();

        List<Upcoming> upcoming = session.upcoming(ofSeconds(6));

        assertEquals(List.of(
                new Upcoming(at(ofSeconds(40)), new SegmentEnded(ofSeconds(40), seg, true, ofSeconds(10))),
                new Upcoming(at(ofSeconds(40)), new SessionEnded(ofSeconds(40), true, ofSeconds(10)))), upcoming);
    }

    @Test
    void upcoming_listsWhatUpdateThenEmits() {
        Ice ice = new Ice(ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE);
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(true)), ice, rest(10));
        Session session = new Session(timeline, ticker);
        EventRecorder recorder = new EventRecorder();
        session.addListener(recorder);
        session.start();
        new SessionDriver(session, ticker).run(ofSeconds(14));
        List<SessionEvent> expected = session.upcoming(ofSeconds(6)).stream().map(Upcoming::event).toList();
        int before = recorder.events().size();

        new SessionDriver(session, ticker).run(ofSeconds(6));

        assertEquals(expected, recorder.events().subList(before, recorder.events().size()));
    }
}
