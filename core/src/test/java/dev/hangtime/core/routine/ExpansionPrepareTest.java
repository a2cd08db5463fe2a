package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.expand;
import static dev.hangtime.core.routine.Fixtures.prepare;
import static dev.hangtime.core.routine.Fixtures.repeat;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.PREPARE;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static dev.hangtime.core.routine.Side.LEFT;
import static dev.hangtime.core.routine.Side.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "get ready" lead-in a step may carry. */
class ExpansionPrepareTest {

    @Test
    void prepare_beforeAnInversion_isAGetReadySegmentWithTheStepsLabelAndAngle() {
        // given a 10 s lead-in before 60 s at 20°
        Inversion inversion = new Inversion(20, s(60), Optional.empty(), prepare(10));

        // when
        List<Segment> segments = expand(inversion);

        // then
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Inversion 20°", 10).countdown(3),
                timed(1, INVERSION, "Inversion 20°", 60).angle(20).countdown(3)),
                segments);
    }

    @Test
    void prepare_beforeAnExercise_comesOnceBeforeAllSetsAndSides() {
        // given
        Exercise birdDog = Exercise.timed("Bird-dog", s(30), 2, s(20), Sides.BOTH, prepare(5));

        // when
        List<Segment> segments = expand(birdDog);

        // then
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Bird-dog", 5).countdown(3),
                timed(1, EXERCISE, "Bird-dog", 30).side(LEFT).set(1, 2).countdown(3),
                timed(2, EXERCISE, "Bird-dog", 30).side(RIGHT).set(1, 2).countdown(3).switchesSides(),
                timed(3, REST, "Rest", 20).countdown(3),
                timed(4, EXERCISE, "Bird-dog", 30).side(LEFT).set(2, 2).countdown(3),
                timed(5, EXERCISE, "Bird-dog", 30).side(RIGHT).set(2, 2).countdown(3).switchesSides()),
                segments);
    }

    @Test
    void prepare_withLabelAndNote_getsReadyForTheLabelAndShowsTheNote() {
        // given
        StepStyle style = prepare(15).withLabel("Brisk walk").withNote("Swing your arms.");
        Walk walk = new Walk(s(300), Optional.of("brisk"), style);

        // when
        List<Segment> segments = expand(walk);

        // then
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Brisk walk", 15).note("Swing your arms.").countdown(3),
                timed(1, WALK, "Brisk walk", 300).note("Swing your arms.").countdown(3)),
                segments);
    }

    @Test
    void prepare_insideARepeat_comesEveryRoundWithTheRound() {
        // given
        Repeat rounds = repeat(2, 0, new Walk(s(60), Optional.empty(), prepare(5)));

        // when
        List<Segment> segments = expand(rounds);

        // then
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Walk", 5).round(1, 2).countdown(3),
                timed(1, WALK, "Walk", 60).round(1, 2).countdown(3),
                timed(2, PREPARE, "Get ready: Walk", 5).step(1).round(2, 2).countdown(3),
                timed(3, WALK, "Walk", 60).step(1).round(2, 2).countdown(3)),
                segments);
    }

    @Test
    void prepare_zero_producesNothing() {
        // given
        Walk walk = new Walk(s(60), Optional.empty(), StepStyle.NONE.withPrepare(Duration.ZERO));

        // when
        List<Segment> segments = expand(walk);

        // then
        assertEquals(segments(timed(0, WALK, "Walk", 60).countdown(3)), segments);
    }
}
