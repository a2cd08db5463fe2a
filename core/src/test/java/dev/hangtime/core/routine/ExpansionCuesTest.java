package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.manual;
import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.countdown;
import static dev.hangtime.core.routine.Fixtures.cues;
import static dev.hangtime.core.routine.Fixtures.expand;
import static dev.hangtime.core.routine.Fixtures.halfway;
import static dev.hangtime.core.routine.Fixtures.prepare;
import static dev.hangtime.core.routine.Fixtures.repeat;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.PREPARE;
import static dev.hangtime.core.routine.SegmentKind.PROMPT;
import static dev.hangtime.core.routine.SegmentKind.RELAX;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which countdown and halfway cue each segment gets: the step's settings over the routine's over the
 * defaults (3 pips, no halfway); halfway only on the step's own work; no countdown in a relax.
 */
class ExpansionCuesTest {

    @Test
    void noCuesAnywhere_getsThreePipsAndNoHalfway() {
        // given
        Walk walk = walk(60);

        // when
        List<Segment> segments = expand(Cues.INHERIT, walk);

        // then
        assertEquals(segments(timed(0, WALK, "Walk", 60).countdown(3)), segments);
    }

    @Test
    void routineCues_applyToEveryTimedSegment_halfwayOnlyToTheStepsOwnWork() {
        // given a routine with 5 pips and a halfway cue; an inversion with a lead-in; a pyramid with relax and rest
        Inversion inversion = new Inversion(20, s(60), Optional.empty(), prepare(10));
        Exercise curlUp = Exercise.reps("Curl-up", List.of(2, 1), Optional.of(s(10)), s(5), s(30), Sides.ONE,
                prepare(10));

        // when
        List<Segment> segments = expand(cues(5, true), inversion, curlUp);

        // then the lead-ins and the rest have pips but no halfway cue; the relax has neither
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Inversion 20°", 10).countdown(5),
                timed(1, INVERSION, "Inversion 20°", 60).angle(20).countdown(5).halfway(),
                timed(2, PREPARE, "Get ready: Curl-up", 10).step(1).countdown(5),
                timed(3, EXERCISE, "Curl-up", 10).step(1).set(1, 2).rep(1, 2).countdown(5).halfway(),
                timed(4, RELAX, "Relax", 5).step(1).set(1, 2),
                timed(5, EXERCISE, "Curl-up", 10).step(1).set(1, 2).rep(2, 2).countdown(5).halfway(),
                timed(6, REST, "Rest", 30).step(1).countdown(5),
                timed(7, EXERCISE, "Curl-up", 10).step(1).set(2, 2).countdown(5).halfway()),
                segments);
    }

    @Test
    void stepCountdown_overridesTheRoutinesForItsOwnSegmentsOnly() {
        // given a routine with 5 pips, and one walk that asks for none
        Walk quiet = new Walk(s(60), Optional.empty(), prepare(10).withCues(countdown(0)));
        Exercise plank = Exercise.timed("Plank", s(30), 2, s(15), Sides.ONE,
                StepStyle.NONE.withCues(countdown(1)));

        // when
        List<Segment> segments = expand(countdown(5), quiet, walk(30), plank);

        // then the walk's lead-in follows the walk; the plank's rest follows the plank
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Walk", 10),
                timed(1, WALK, "Walk", 60),
                timed(2, WALK, "Walk", 30).step(1).countdown(5),
                timed(3, EXERCISE, "Plank", 30).step(2).set(1, 2).countdown(1),
                timed(4, REST, "Rest", 15).step(2).countdown(1),
                timed(5, EXERCISE, "Plank", 30).step(2).set(2, 2).countdown(1)),
                segments);
    }

    @Test
    void stepHalfway_overridesTheRoutinesEitherWay() {
        // given a routine with halfway on, one walk that turns it off, and a routine-default step that turns it on
        Walk off = new Walk(s(60), Optional.empty(), StepStyle.NONE.withCues(halfway(false)));
        Walk on = new Walk(s(60), Optional.empty(), StepStyle.NONE.withCues(halfway(true)));

        // when
        List<Segment> withHalfway = expand(halfway(true), off, walk(60));
        List<Segment> withoutHalfway = expand(halfway(false), on, walk(60));

        // then
        assertEquals(List.of(
                segments(timed(0, WALK, "Walk", 60).countdown(3), timed(1, WALK, "Walk", 60).step(1).countdown(3).halfway()),
                segments(timed(0, WALK, "Walk", 60).countdown(3).halfway(), timed(1, WALK, "Walk", 60).step(1).countdown(3))),
                List.of(withHalfway, withoutHalfway));
    }

    @Test
    void restBetweenRounds_followsTheRoutineNotTheStepsInside() {
        // given a routine with 4 pips, repeating a walk that asks for 1
        Walk walk = new Walk(s(60), Optional.empty(), StepStyle.NONE.withCues(cues(1, true)));

        // when
        List<Segment> segments = expand(cues(4, true), repeat(2, 20, walk));

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).round(1, 2).countdown(1).halfway(),
                timed(1, REST, "Rest before round 2", 20).step(1).countdown(4),
                timed(2, WALK, "Walk", 60).step(2).round(2, 2).countdown(1).halfway()),
                segments);
    }

    @Test
    void manualSegments_haveNoCountdownAndNoHalfway() {
        // given a routine that asks for pips and halfway everywhere
        Prompt wait = new Prompt("Get on the table.", Optional.empty(), StepStyle.NONE);
        Exercise deadBug = Fixtures.untimed("Dead bug", List.of(10), 0, Sides.ONE);

        // when
        List<Segment> segments = expand(cues(10, true), wait, deadBug);

        // then a segment without an end has nothing to count down to
        assertEquals(segments(
                manual(0, PROMPT, "Get on the table."),
                manual(1, EXERCISE, "Dead bug: 10 reps").step(1)),
                segments);
    }

    @Test
    void timedPrompt_isTheStepsOwnWorkAndGetsTheHalfwayCue() {
        // given
        Prompt prompt = new Prompt("Breathe slowly.", Optional.of(s(40)), StepStyle.NONE);

        // when
        List<Segment> segments = expand(cues(2, true), prompt);

        // then
        assertEquals(segments(timed(0, PROMPT, "Breathe slowly.", 40).countdown(2).halfway()),
                segments);
    }
}
