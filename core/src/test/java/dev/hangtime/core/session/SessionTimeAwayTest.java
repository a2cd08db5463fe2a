package dev.hangtime.core.session;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.TimeAway;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Time that stops, told by an injected ticker and wall clock: a laptop that sleeps (the wall clock goes on, the
 * ticker does not) and a process that is stopped (both go on, but nobody looks).
 */
class SessionTimeAwayTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeWall wall = new FakeWall();
    private final EventRecorder recorder = new EventRecorder();

    /** A wall clock that moves only when told to. */
    private static final class FakeWall implements InstantSource {
        private Instant now = Instant.parse("2026-12-05T07:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private Session session(Timeline timeline) {
        Session session = new Session(timeline, ticker, wall);
        session.addListener(recorder);
        return session;
    }

    /** Lets {@code span} pass with the computer awake and the loop waking whenever the session asks. */
    private void run(Session session, Duration span) {
        long until = ticker.read() + span.toNanos();
        while (session.nextDue().isPresent() && session.nextDue().getAsLong() <= until) {
            moveTo(session.nextDue().getAsLong());
            session.update();
        }
        moveTo(until);
        session.update();
    }

    private void moveTo(long reading) {
        wall.advance(Duration.ofNanos(reading - ticker.read()));
        ticker.set(reading);
    }

    /** The computer sleeps for {@code span}: the wall clock goes on, the monotonic clock stands still. */
    private void sleep(Duration span) {
        wall.advance(span);
    }

    /** The process is stopped for {@code span}: both clocks go on, nothing looks. */
    private void stopped(Duration span) {
        moveTo(ticker.read() + span.toNanos());
    }

    /** The loop wakes when the session asked to be looked at; after a sleep, that is by the monotonic clock. */
    private void wake(Session session) {
        moveTo(session.nextDue().getAsLong());
        session.update();
    }

    private List<SessionEvent> eventsFrom(int from) {
        List<SessionEvent> events = recorder.events();
        return events.subList(from, events.size());
    }

    private static Ice ice(int seconds) {
        return new Ice(ofSeconds(seconds), Optional.empty(), StepStyle.NONE);
    }

    private static Rest rest(int seconds) {
        return new Rest(ofSeconds(seconds), StepStyle.NONE);
    }

    @Test
    void aSleepInTheIce_pastItsTime_endsItAtOnce_countingTheSleepOnTheSkin_andPausesTheNext() {
        // given 15 min of ice, then a rest, 5 min into the ice
        Timeline timeline = Timelines.quiet(ice(900), rest(60));
        Segment ice = timeline.segments().get(0);
        Segment rest = timeline.segments().get(1);
        Session session = session(timeline);
        session.start();
        run(session, ofMinutes(5));
        int before = recorder.events().size();

        // when the laptop sleeps 20 min and wakes
        sleep(ofMinutes(20));
        wake(session);

        // then the pack has been on 25 min and 5 s: the ice ends, and the rest waits for the user
        Duration at = ofSeconds(305);
        Duration onSkin = ofSeconds(1505);
        assertEquals(List.of(new TimeAway(at, ice, ofMinutes(20), onSkin), new SegmentEnded(at, ice, true, onSkin),
                new SegmentStarted(at, rest), new Paused(at)), eventsFrom(before));
        assertEquals(SessionState.PAUSED, session.state());
    }

    @Test
    void aShortSleepInTheIce_countsOnTheSkin_andTheIceGoesOnWithWhatIsLeft() {
        // given 15 min of ice, 5 min in
        Timeline timeline = Timelines.quiet(ice(900), rest(60));
        Segment ice = timeline.segments().get(0);
        Session session = session(timeline);
        session.start();
        run(session, ofMinutes(5));
        int before = recorder.events().size();

        // when the laptop sleeps 2 min
        sleep(ofMinutes(2));
        wake(session);

        // then the user is told the pack has been on 7 min 5 s, and 7 min 55 s are left
        assertEquals(List.of(new TimeAway(ofSeconds(305), ice, ofMinutes(2), ofSeconds(425))), eventsFrom(before));
        assertEquals(List.of(SessionState.RUNNING, Optional.of(ofSeconds(475))),
                List.of(session.state(), session.snapshot().segmentRemaining()));
    }

    @Test
    void aProcessStoppedAcrossABoundary_neverKeepsTheStepItMissedAsDone() {
        // given a 60 s exercise, then a 10 s rest and a 60 s one, 55 s in
        Timeline timeline = Timelines.quiet(Exercise.timed("Plank", ofSeconds(60), 1, Duration.ZERO, Sides.ONE,
                StepStyle.NONE), rest(10), rest(60));
        Segment plank = timeline.segments().get(0);
        Segment shortRest = timeline.segments().get(1);
        Session session = session(timeline);
        session.start();
        run(session, ofSeconds(55));
        int before = recorder.events().size();

        // when the process is stopped for 23 s, past the plank's end at 60 s and the rest's at 70 s
        stopped(ofSeconds(23));
        session.update();

        // then the plank ran its time; the rest, which never ran, waits paused at its start
        Duration at = ofSeconds(78);
        assertEquals(List.of(new SegmentEnded(ofSeconds(60), plank, true, ofSeconds(60)),
                new SegmentStarted(ofSeconds(60), shortRest), new TimeAway(at, shortRest, ofSeconds(18), Duration.ZERO),
                new Paused(at)), eventsFrom(before));
        assertEquals(Optional.of(ofSeconds(10)), session.snapshot().segmentRemaining());
    }

    @Test
    void aSleepInAnInversionHold_pausesIt_withTheSleepNotCounted() {
        // given a 2 min hold, 30 s in
        Timeline timeline = Timelines.quiet(new Inversion(30, ofSeconds(120), Optional.empty(), StepStyle.NONE));
        Segment hold = timeline.segments().get(0);
        Session session = session(timeline);
        session.start();
        run(session, ofSeconds(30));
        int before = recorder.events().size();

        // when the laptop sleeps 10 min, wakes, and the user goes on a minute later
        sleep(ofMinutes(10));
        wake(session);
        run(session, ofMinutes(1));
        session.resume();
        run(session, ofSeconds(85));

        // then the hold paused at 35 s, and runs its other 85 s after
        assertEquals(List.of(new TimeAway(ofSeconds(35), hold, ofMinutes(10), ofSeconds(35)), new Paused(ofSeconds(35)),
                new Resumed(ofSeconds(95)), new SegmentEnded(ofSeconds(180), hold, true, ofSeconds(120)),
                new SessionEnded(ofSeconds(180), true, ofSeconds(120))), eventsFrom(before));
    }

    @Test
    void aLoopALittleLate_orAClockSetBack_isNoTimeAway() {
        // given a 2 min rest, 30 s in
        Timeline timeline = Timelines.quiet(rest(120));
        Session session = session(timeline);
        session.start();
        run(session, ofSeconds(30));
        int before = recorder.events().size();

        // when the loop wakes 4 s late, and then the wall clock is set back an hour
        stopped(ofSeconds(9));
        session.update();
        wall.advance(ofMinutes(-60));
        wake(session);

        // then nothing is said, and the rest runs on
        assertEquals(List.of(List.of(), SessionState.RUNNING), List.of(eventsFrom(before), session.state()));
    }

    @Test
    void aWatchedSession_asksToBeLookedAtEveryFiveSeconds_evenInALongHold() {
        // given 15 min of ice, watched and not
        Session watched = session(Timelines.quiet(ice(900)));
        Session unwatched = new Session(Timelines.quiet(ice(900)), ticker);

        // when
        watched.start();
        unwatched.start();

        // then
        assertEquals(List.of(OptionalLong.of(FakeTicker.ORIGIN + ofSeconds(5).toNanos()),
                OptionalLong.of(FakeTicker.ORIGIN + ofSeconds(900).toNanos())),
                List.of(watched.nextDue(), unwatched.nextDue()));
    }

    @Test
    void pausingAfterASleep_pausesOnce() {
        // given a 2 min rest, 30 s in
        Session session = session(Timelines.quiet(rest(120)));
        session.start();
        run(session, ofSeconds(30));
        int before = recorder.events().size();

        // when the laptop sleeps 10 min, and the first thing after is Space
        sleep(ofMinutes(10));
        ticker.advance(ofSeconds(1));
        session.pause();

        // then
        assertEquals(List.of(TimeAway.class, Paused.class), eventsFrom(before).stream().map(Object::getClass).toList());
    }
}
