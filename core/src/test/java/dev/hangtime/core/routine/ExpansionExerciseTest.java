package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.manual;
import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.expand;
import static dev.hangtime.core.routine.Fixtures.holds;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.untimed;
import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.RELAX;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.Side.LEFT;
import static dev.hangtime.core.routine.Side.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an exercise becomes segments: sets × sides × reps, with relax between reps and rest between sets. */
class ExpansionExerciseTest {

    @Test
    void exercise_workOneSet_isOneSegmentWithoutSetOrSide() {
        // given
        Exercise plank = Fixtures.timed("Plank", 30, 1, 0, Sides.ONE);

        // when
        List<Segment> segments = expand(plank);

        // then
        assertEquals(segments(timed(0, EXERCISE, "Plank", 30).countdown(3)), segments);
    }

    @Test
    void exercise_bothSides_restFallsBetweenSetsOnly() {
        // given 3 sets of 30 s on each side, 20 s rest between sets
        Exercise birdDog = Fixtures.timed("Bird-dog", 30, 3, 20, Sides.BOTH);

        // when
        List<Segment> segments = expand(birdDog);

        // then left, right, rest, left, right, rest, left, right; the right side of each set switches sides
        assertEquals(segments(
                timed(0, EXERCISE, "Bird-dog", 30).side(LEFT).set(1, 3).countdown(3),
                timed(1, EXERCISE, "Bird-dog", 30).side(RIGHT).set(1, 3).countdown(3).switchesSides(),
                timed(2, REST, "Rest", 20).countdown(3),
                timed(3, EXERCISE, "Bird-dog", 30).side(LEFT).set(2, 3).countdown(3),
                timed(4, EXERCISE, "Bird-dog", 30).side(RIGHT).set(2, 3).countdown(3).switchesSides(),
                timed(5, REST, "Rest", 20).countdown(3),
                timed(6, EXERCISE, "Bird-dog", 30).side(LEFT).set(3, 3).countdown(3),
                timed(7, EXERCISE, "Bird-dog", 30).side(RIGHT).set(3, 3).countdown(3).switchesSides()),
                segments);
    }

    @Test
    void exercise_switchGap_fallsBetweenTheSidesOfEachSet_withTheSwitchSidesCueAtItsStart() {
        // given 2 sets of 30 s on each side, 5 s to switch, 20 s rest between sets
        Exercise birdDog = Fixtures.timed("Bird-dog", 30, 2, 20, Sides.BOTH).withSwitch(s(5));

        // when
        List<Segment> segments = expand(birdDog);

        // then left, switch, right, rest, left, switch, right; the switch carries the cue, not the right side
        assertEquals(segments(
                timed(0, EXERCISE, "Bird-dog", 30).side(LEFT).set(1, 2).countdown(3),
                timed(1, REST, "Switch sides", 5).side(RIGHT).set(1, 2).countdown(3).switchesSides(),
                timed(2, EXERCISE, "Bird-dog", 30).side(RIGHT).set(1, 2).countdown(3),
                timed(3, REST, "Rest", 20).countdown(3),
                timed(4, EXERCISE, "Bird-dog", 30).side(LEFT).set(2, 2).countdown(3),
                timed(5, REST, "Switch sides", 5).side(RIGHT).set(2, 2).countdown(3).switchesSides(),
                timed(6, EXERCISE, "Bird-dog", 30).side(RIGHT).set(2, 2).countdown(3)),
                segments);
        assertEquals(Size.of(List.of(birdDog)), new Size(segments.size(), 30 * 4 + 5 * 2 + 20, 0));
    }

    @Test
    void exercise_oneSetBothSides_hasSidesButNoSet() {
        // given
        Exercise sidePlank = Fixtures.timed("Side plank", 20, 1, 15, Sides.BOTH);

        // when
        List<Segment> segments = expand(sidePlank);

        // then a rest with one set has nothing to fall between
        assertEquals(segments(
                timed(0, EXERCISE, "Side plank", 20).side(LEFT).countdown(3),
                timed(1, EXERCISE, "Side plank", 20).side(RIGHT).countdown(3).switchesSides()),
                segments);
    }

    @Test
    void exercise_repsWithHold_relaxFallsBetweenRepsNeverAfterTheLast() {
        // given 2 sets of 3 reps, 10 s holds, 5 s relax, 30 s rest
        Exercise curlUp = holds("Curl-up", List.of(3, 3), 10, 5, 30, Sides.ONE);

        // when
        List<Segment> segments = expand(curlUp);

        // then relax has no countdown: the next hold's start is the cue
        assertEquals(segments(
                timed(0, EXERCISE, "Curl-up", 10).set(1, 2).rep(1, 3).countdown(3),
                timed(1, RELAX, "Relax", 5).set(1, 2),
                timed(2, EXERCISE, "Curl-up", 10).set(1, 2).rep(2, 3).countdown(3),
                timed(3, RELAX, "Relax", 5).set(1, 2),
                timed(4, EXERCISE, "Curl-up", 10).set(1, 2).rep(3, 3).countdown(3),
                timed(5, REST, "Rest", 30).countdown(3),
                timed(6, EXERCISE, "Curl-up", 10).set(2, 2).rep(1, 3).countdown(3),
                timed(7, RELAX, "Relax", 5).set(2, 2),
                timed(8, EXERCISE, "Curl-up", 10).set(2, 2).rep(2, 3).countdown(3),
                timed(9, RELAX, "Relax", 5).set(2, 2),
                timed(10, EXERCISE, "Curl-up", 10).set(2, 2).rep(3, 3).countdown(3)),
                segments);
    }

    @Test
    void exercise_repsWithHoldBothSides_switchesOnTheFirstRightRepOnly() {
        // given one set of 2 reps on each side, 8 s holds, 2 s relax
        Exercise sidePlank = holds("Side plank", List.of(2), 8, 2, 0, Sides.BOTH);

        // when
        List<Segment> segments = expand(sidePlank);

        // then no relax between the last left rep and the first right rep
        assertEquals(segments(
                timed(0, EXERCISE, "Side plank", 8).side(LEFT).rep(1, 2).countdown(3),
                timed(1, RELAX, "Relax", 2).side(LEFT),
                timed(2, EXERCISE, "Side plank", 8).side(LEFT).rep(2, 2).countdown(3),
                timed(3, EXERCISE, "Side plank", 8).side(RIGHT).rep(1, 2).countdown(3).switchesSides(),
                timed(4, RELAX, "Relax", 2).side(RIGHT),
                timed(5, EXERCISE, "Side plank", 8).side(RIGHT).rep(2, 2).countdown(3)),
                segments);
    }

    @Test
    void exercise_repsWithHoldAndNoRelax_holdsFollowEachOther() {
        // given
        Exercise curlUp = holds("Curl-up", List.of(3), 10, 0, 0, Sides.ONE);

        // when
        List<Segment> segments = expand(curlUp);

        // then
        assertEquals(segments(
                timed(0, EXERCISE, "Curl-up", 10).rep(1, 3).countdown(3),
                timed(1, EXERCISE, "Curl-up", 10).rep(2, 3).countdown(3),
                timed(2, EXERCISE, "Curl-up", 10).rep(3, 3).countdown(3)),
                segments);
    }

    @Test
    void exercise_pyramidOfHolds_countsRepsPerSetAndDropsTheRepOfASingle() {
        // given reps 5, 3, 1 with 4 s holds, 2 s relax, 20 s rest
        Exercise curlUp = holds("Curl-up", List.of(5, 3, 1), 4, 2, 20, Sides.ONE);

        // when
        List<Segment> segments = expand(curlUp);

        // then 9 + 1 + 5 + 1 + 1 = 17 segments
        assertEquals(segments(
                timed(0, EXERCISE, "Curl-up", 4).set(1, 3).rep(1, 5).countdown(3),
                timed(1, RELAX, "Relax", 2).set(1, 3),
                timed(2, EXERCISE, "Curl-up", 4).set(1, 3).rep(2, 5).countdown(3),
                timed(3, RELAX, "Relax", 2).set(1, 3),
                timed(4, EXERCISE, "Curl-up", 4).set(1, 3).rep(3, 5).countdown(3),
                timed(5, RELAX, "Relax", 2).set(1, 3),
                timed(6, EXERCISE, "Curl-up", 4).set(1, 3).rep(4, 5).countdown(3),
                timed(7, RELAX, "Relax", 2).set(1, 3),
                timed(8, EXERCISE, "Curl-up", 4).set(1, 3).rep(5, 5).countdown(3),
                timed(9, REST, "Rest", 20).countdown(3),
                timed(10, EXERCISE, "Curl-up", 4).set(2, 3).rep(1, 3).countdown(3),
                timed(11, RELAX, "Relax", 2).set(2, 3),
                timed(12, EXERCISE, "Curl-up", 4).set(2, 3).rep(2, 3).countdown(3),
                timed(13, RELAX, "Relax", 2).set(2, 3),
                timed(14, EXERCISE, "Curl-up", 4).set(2, 3).rep(3, 3).countdown(3),
                timed(15, REST, "Rest", 20).countdown(3),
                timed(16, EXERCISE, "Curl-up", 4).set(3, 3).countdown(3)),
                segments);
    }

    @Test
    void exercise_untimedRepsBothSides_isOneManualSegmentPerSetPerSide() {
        // given 2 sets of 10 reps on each side, 15 s rest
        Exercise deadBug = untimed("Dead bug", List.of(10, 10), 15, Sides.BOTH);

        // when
        List<Segment> segments = expand(deadBug);

        // then manual segments have no countdown; the rest between sets is timed
        assertEquals(segments(
                manual(0, EXERCISE, "Dead bug: 10 reps").side(LEFT).set(1, 2),
                manual(1, EXERCISE, "Dead bug: 10 reps").side(RIGHT).set(1, 2).switchesSides(),
                timed(2, REST, "Rest", 15).countdown(3),
                manual(3, EXERCISE, "Dead bug: 10 reps").side(LEFT).set(2, 2),
                manual(4, EXERCISE, "Dead bug: 10 reps").side(RIGHT).set(2, 2).switchesSides()),
                segments);
    }

    @Test
    void exercise_untimedPyramid_labelsEachSetWithItsReps() {
        // given
        Exercise deadBug = untimed("Dead bug", List.of(5, 3, 1), 0, Sides.ONE);

        // when
        List<Segment> segments = expand(deadBug);

        // then "1 rep", not "1 reps"
        assertEquals(segments(
                manual(0, EXERCISE, "Dead bug: 5 reps").set(1, 3),
                manual(1, EXERCISE, "Dead bug: 3 reps").set(2, 3),
                manual(2, EXERCISE, "Dead bug: 1 rep").set(3, 3)),
                segments);
    }

    @Test
    void exercise_note_isOnEveryWorkSegmentButNotOnRelaxOrRest() {
        // given
        Exercise curlUp = Exercise.reps("Curl-up", List.of(2, 1), Optional.of(s(10)), s(5),
                s(30), Sides.ONE, StepStyle.NONE.withNote("Hands under the low back."));

        // when
        List<Segment> segments = expand(curlUp);

        // then
        assertEquals(segments(
                timed(0, EXERCISE, "Curl-up", 10).set(1, 2).rep(1, 2).countdown(3).note("Hands under the low back."),
                timed(1, RELAX, "Relax", 5).set(1, 2),
                timed(2, EXERCISE, "Curl-up", 10).set(1, 2).rep(2, 2).countdown(3).note("Hands under the low back."),
                timed(3, REST, "Rest", 30).countdown(3),
                timed(4, EXERCISE, "Curl-up", 10).set(2, 2).countdown(3).note("Hands under the low back.")),
                segments);
    }

    @Test
    void exercise_label_replacesTheNameInEverySegment() {
        // given
        Exercise deadBug = Exercise.reps("Dead bug", List.of(8), Optional.empty(), Duration.ZERO, Duration.ZERO,
                Sides.ONE, StepStyle.NONE.withLabel("Slow dead bug"));

        // when
        List<Segment> segments = expand(deadBug);

        // then
        assertEquals(segments(manual(0, EXERCISE, "Slow dead bug: 8 reps")), segments);
    }
}
