package dev.hangtime.core.session;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Starting a session part-way through, as when a session that was cut off is picked up again. */
class SessionStartAtTest {

    private static final Duration Z = Duration.ZERO;

    private final FakeTicker ticker = new FakeTicker();
    private final EventRecorder recorder = new EventRecorder();

    private Session session(Timeline timeline) {
        Session session = new Session(timeline, ticker);
        session.addListener(recorder);
        return session;
    }

    private static Inversion inversion(int seconds) {
        return new Inversion(20, ofSeconds(seconds), Optional.empty(), StepStyle.NONE);
    }

    private static Rest rest(int seconds) {
        return new Rest(ofSeconds(seconds), StepStyle.NONE);
    }

    @Test
    void startAt_partWayThroughATimedSegment_endsItWhenTheRestHasRunAndCountsTheWholeLength() {
        Timeline timeline = Timelines.quiet(inversion(60), rest(30));
        Segment inv = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);

        session.startAt(0, ofSeconds(20));
        new SessionDriver(session, ticker).run(ofSeconds(100));

        assertEquals(List.of(
                new SessionStarted(Z, 2, 2, ofSeconds(90)),
                new SegmentStarted(Z, inv),
                new SegmentEnded(ofSeconds(40), inv, true, ofSeconds(60)),
                new SegmentStarted(ofSeconds(40), rest),
                new SegmentEnded(ofSeconds(70), rest, true, ofSeconds(30)),
                new SessionEnded(ofSeconds(70), true, ofSeconds(90))), recorder.events());
    }

    @Test
    void startAt_aLaterSegment_runsOnlyFromThere() {
        Timeline timeline = Timelines.quiet(inversion(60), rest(30), inversion(45));
        Segment rest = timeline.segments().get(1);
        Segment last = timeline.segments().get(2);
        Session session = session(timeline);

        session.startAt(1, Z);
        new SessionDriver(session, ticker).run(ofSeconds(75));

        assertEquals(List.of(
                new SessionStarted(Z, 3, 3, ofSeconds(135)),
                new SegmentStarted(Z, rest),
                new SegmentEnded(ofSeconds(30), rest, true, ofSeconds(30)),
                new SegmentStarted(ofSeconds(30), last),
                new SegmentEnded(ofSeconds(75), last, true, ofSeconds(45)),
                new SessionEnded(ofSeconds(75), true, ofSeconds(75))), recorder.events());
    }

    @Test
    void startAt_leavesOutTheCuesAlreadyBehind() {
        Ice ice = new Ice(ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE);
        Timeline timeline = Timelines.of(new Cues(OptionalInt.of(3), Optional.of(false)), ice);
        Segment seg = timeline.segments().get(0);
        Session session = session(timeline);

        session.startAt(0, ofSeconds(15));
        new SessionDriver(session, ticker).run(ofSeconds(5));

        assertEquals(List.of(
                new SessionStarted(Z, 1, 1, ofSeconds(20)),
                new SegmentStarted(Z, seg),
                new Countdown(ofSeconds(2), seg, 3),
                new Countdown(ofSeconds(3), seg, 2),
                new Countdown(ofSeconds(4), seg, 1),
                new SegmentEnded(ofSeconds(5), seg, true, ofSeconds(20)),
                new SessionEnded(ofSeconds(5), true, ofSeconds(20))), recorder.events());
    }

    @Test
    void startAt_justBeforeACue_stillSoundsIt() {
        Ice ice = new Ice(ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE);
        Timeline timeline = Timelines.quiet(ice);
        Segment seg = timeline.segments().get(0);
        Session session = session(timeline);

        session.startAt(0, ofSeconds(14));
        new SessionDriver(session, ticker).run(ofSeconds(1));

        assertEquals(new ReminderDue(ofSeconds(1), seg, Reminder.Reason.CHECK_SKIN, 3), recorder.events().get(2));
    }

    @Test
    void startAt_snapshot_showsTheSegmentPartlyDoneAndTheOnesBeforeItDone() {
        Timeline timeline = Timelines.quiet(inversion(60), rest(30));
        Session session = session(timeline);

        session.startAt(1, ofSeconds(10));

        SessionSnapshot snapshot = session.snapshot();
        assertEquals(ofSeconds(10), snapshot.segmentElapsed());
        assertEquals(Optional.of(ofSeconds(20)), snapshot.segmentRemaining());
        assertEquals(ofSeconds(70), snapshot.done());
        assertEquals(ofSeconds(10), snapshot.active());
        assertEquals(Z, snapshot.sinceStart());
    }

    @Test
    void startAt_aManualSegment_waitsAndCountsTheTimeAlreadySpent() {
        Timeline timeline = Timelines.quiet(new Prompt("Come up slowly", Optional.empty(), StepStyle.NONE));
        Segment prompt = timeline.segments().get(0);
        Session session = session(timeline);

        session.startAt(0, ofSeconds(7));
        ticker.advance(ofSeconds(5));
        session.done();

        assertEquals(List.of(
                new SessionStarted(Z, 1, 1, Z),
                new SegmentStarted(Z, prompt),
                new SegmentEnded(ofSeconds(5), prompt, true, ofSeconds(12)),
                new SessionEnded(ofSeconds(5), true, ofSeconds(12))), recorder.events());
    }

    @Test
    void startAt_stoppedPartWay_reportsTheSpentTimeIncludingWhatWasAlreadyDone() {
        Timeline timeline = Timelines.quiet(inversion(60));
        Session session = session(timeline);
        session.startAt(0, ofSeconds(20));
        ticker.advance(ofSeconds(5));

        session.stop();

        assertEquals(List.of(
                new SegmentEnded(ofSeconds(5), timeline.segments().get(0), false, ofSeconds(25)),
                new SessionEnded(ofSeconds(5), false, ofSeconds(25))), recorder.events().subList(2, 4));
    }

    @Test
    void startAt_withTheWholeLengthAlreadySpent_isRefused() {
        Session session = session(Timelines.quiet(inversion(60)));

        assertThrows(IllegalArgumentException.class, () -> session.startAt(0, ofSeconds(60)));
        assertEquals(SessionState.READY, session.state());
    }

    @Test
    void startAt_withNegativeTimeSpent_isRefused() {
        Session session = session(Timelines.quiet(inversion(60)));

        assertThrows(IllegalArgumentException.class, () -> session.startAt(0, ofSeconds(-1)));
    }

    @Test
    void startAt_pastTheLastSegment_isRefused() {
        Session session = session(Timelines.quiet(inversion(60)));

        assertThrows(IndexOutOfBoundsException.class, () -> session.startAt(1, Z));
        assertEquals(List.of(), recorder.events());
    }

    @Test
    void startAt_onceStarted_doesNothing() {
        Session session = session(Timelines.quiet(inversion(60), rest(30)));
        session.start();

        session.startAt(1, Z);

        assertEquals(2, recorder.events().size());
        assertEquals(0, session.snapshot().segment().orElseThrow().index());
    }
}
