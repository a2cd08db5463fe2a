package dev.hangtime.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Size;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random routines driven by random commands at random moments: what must hold whatever the user does. */
class SessionPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomSession_keepsEveryInvariant(long seed) {
        Random random = new Random(seed);
        Timeline timeline = randomTimeline(random);
        FakeTicker ticker = new FakeTicker();
        Session session = new Session(timeline, ticker);
        EventRecorder recorder = new EventRecorder();
        session.addListener(recorder);
        List<SessionSnapshot> snapshots = new ArrayList<>();

        session.start();
        for (int i = 0; i < 200 && !session.state().isOver(); i++) {
            ticker.advance(Duration.ofMillis(random.nextInt(random.nextBoolean() ? 2_000 : 90_000)));
            session.update();
            command(random, session);
            snapshots.add(session.snapshot());
        }
        session.stop();

        List<SessionEvent> events = recorder.events();
        assertEventsInOrder(events);
        assertSegmentsPaired(events);
        assertActiveTimeIsTheSumOfSegmentTimes(events);
        snapshots.forEach(SessionPropertyTest::assertNothingNegative);
    }

    private static void command(Random random, Session session) {
        switch (random.nextInt(9)) {
            case 0: session.toggle(); break;
            case 1: session.skip(); break;
            case 2: session.back(); break;
            case 3: session.addTime(Duration.ofSeconds(30)); break;
            case 4: session.done(); break;
            case 5: if (random.nextInt(20) == 0) { session.stop(); } break;
            default: break;
        }
    }

    private static void assertEventsInOrder(List<SessionEvent> events) {
        assertTrue(events.get(0) instanceof SessionStarted, "starts with session-start");
        assertTrue(events.get(events.size() - 1) instanceof SessionEnded, "ends with session-end");
        assertEquals(1, events.stream().filter(e -> e instanceof SessionEnded).count());
        for (int i = 1; i < events.size(); i++) {
            int index = i;
            assertTrue(events.get(i).at().compareTo(events.get(i - 1).at()) >= 0,
                    () -> "time runs backwards at event " + index);
        }
    }

    /** Every segment that starts ends before the next one starts, and cues only belong to the running one. */
    private static void assertSegmentsPaired(List<SessionEvent> events) {
        Integer open = null;
        for (SessionEvent event : events) {
            if (event instanceof SegmentStarted) {
                assertEquals(null, open, () -> "a segment started while another ran: " + event);
                open = ((SegmentStarted) event).segment().index();
            } else if (event instanceof SegmentEnded) {
                assertEquals(open, ((SegmentEnded) event).segment().index());
                open = null;
            } else if (event instanceof SessionEnded) {
                assertEquals(null, open, "the session ended with a segment open");
            } else if (!(event instanceof SessionStarted || event instanceof SessionEvent.Paused
                    || event instanceof SessionEvent.Resumed)) {
                assertFalse(open == null, () -> "a cue outside any segment: " + event);
            }
        }
    }

    private static void assertActiveTimeIsTheSumOfSegmentTimes(List<SessionEvent> events) {
        Duration sum = Duration.ZERO;
        for (SessionEvent event : events) {
            if (event instanceof SegmentEnded) {
                SegmentEnded ended = (SegmentEnded) event;
                sum = sum.plus(ended.spent());
                if (ended.completed() && !ended.segment().isManual()) {
                    assertEquals(ended.segment().length().get(), ended.spent(), "a completed segment ran its length");
                }
            }
        }
        assertEquals(sum, ((SessionEnded) events.get(events.size() - 1)).active());
    }

    private static void assertNothingNegative(SessionSnapshot s) {
        assertFalse(s.sinceStart().isNegative());
        assertFalse(s.segmentElapsed().isNegative());
        assertFalse(s.active().isNegative());
        assertFalse(s.done().isNegative());
        s.segmentRemaining().ifPresent(r -> assertFalse(r.isNegative()));
        assertTrue(s.done().compareTo(s.total()) <= 0, "done within total");
        assertTrue(s.segmentProgress() >= 0 && s.segmentProgress() <= 1);
        assertTrue(s.sessionProgress() >= 0 && s.sessionProgress() <= 1);
    }

    private static Timeline randomTimeline(Random random) {
        List<Step> steps = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            steps.add(randomStep(random));
        }
        if (Size.of(steps).segments() == 0) {
            // Only 0 s rests: a routine that gives nothing is refused, so it gets one second of rest.
            steps.add(new Rest(Duration.ofSeconds(1), StepStyle.NONE));
        }
        Cues cues = new Cues(OptionalInt.of(random.nextInt(11)), Optional.of(random.nextBoolean()));
        return Timelines.of(cues, steps.toArray(new Step[0]));
    }

    private static Step randomStep(Random random) {
        Duration length = Duration.ofSeconds(1 + random.nextInt(120));
        StepStyle style = StepStyle.NONE.withPrepare(Duration.ofSeconds(random.nextInt(3) * 5L));
        switch (random.nextInt(5)) {
            case 0:
                return new Inversion(random.nextInt(61), length,
                        random.nextBoolean() ? Optional.of(Duration.ofSeconds(1 + random.nextInt(10))) : Optional.empty(),
                        style);
            case 1:
                return Exercise.reps("Bird-dog", Exercise.sameReps(1 + random.nextInt(4), 1 + random.nextInt(3)),
                        random.nextBoolean() ? Optional.of(Duration.ofSeconds(1 + random.nextInt(10))) : Optional.empty(),
                        Duration.ofSeconds(random.nextInt(4)), Duration.ofSeconds(random.nextInt(20)),
                        random.nextBoolean() ? Sides.BOTH : Sides.ONE, style);
            case 2:
                return new Rest(Duration.ofSeconds(random.nextInt(30)), StepStyle.NONE);
            case 3:
                return new Heat(length, Optional.of(Duration.ofSeconds(1 + random.nextInt(60))), style);
            default:
                return random.nextBoolean() ? new Prompt("Breathe", Optional.of(length), style)
                        : new Prompt("Lock your ankles", Optional.empty(), StepStyle.NONE);
        }
    }
}
