package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    @Test
    void workWithReps_isRefused() {
        // given both a work time and a reps list

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exercise("Plank",
                Optional.of(s(30)), List.of(5), Optional.empty(), Duration.ZERO, 1, Duration.ZERO, Sides.ONE,
                Duration.ZERO, StepStyle.NONE));

        // then
        assertEquals("an exercise has either work or reps", e.getMessage());
    }

    @Test
    void neitherWorkNorReps_isRefused() {
        // given an exercise with nothing to do

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exercise("Plank",
                Optional.empty(), List.of(), Optional.empty(), Duration.ZERO, 1, Duration.ZERO, Sides.ONE,
                Duration.ZERO, StepStyle.NONE));

        // then
        assertEquals("an exercise has either work or reps", e.getMessage());
    }

    @Test
    void holdWithWork_isRefused() {
        // given a hold, which belongs to reps, on a timed set

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exercise("Plank",
                Optional.of(s(30)), List.of(), Optional.of(s(10)), Duration.ZERO, 1, Duration.ZERO, Sides.ONE,
                Duration.ZERO, StepStyle.NONE));

        // then
        assertEquals("hold and relax go with reps, not work", e.getMessage());
    }

    @Test
    void relaxWithWork_isRefused() {
        // given a relax, which falls between reps, on a timed set

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exercise("Plank",
                Optional.of(s(30)), List.of(), Optional.empty(), s(5), 1, Duration.ZERO, Sides.ONE,
                Duration.ZERO, StepStyle.NONE));

        // then
        assertEquals("hold and relax go with reps, not work", e.getMessage());
    }

    @Test
    void setsDifferingFromRepsList_isRefused() {
        // given three reps entries but two sets

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exercise("Curl-up",
                Optional.empty(), List.of(5, 3, 1), Optional.of(s(10)), Duration.ZERO, 2, Duration.ZERO, Sides.ONE,
                Duration.ZERO, StepStyle.NONE));

        // then
        assertEquals("sets must equal the number of reps entries", e.getMessage());
    }

    @Test
    void zeroSets_isRefused() {
        // given timed sets, none of them

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exercise.timed("Plank", s(30), 0, Duration.ZERO, Sides.ONE, StepStyle.NONE));

        // then
        assertEquals("sets must be 1–1000: 0", e.getMessage());
    }

    @Test
    void zeroReps_isRefused() {
        // given a set of no reps

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exercise.reps("Curl-up",
                List.of(5, 0), Optional.empty(), Duration.ZERO, Duration.ZERO, Sides.ONE, StepStyle.NONE));

        // then
        assertEquals("reps must be 1–1000: 0", e.getMessage());
    }

    @Test
    void repsFactory_countsOneSetPerEntry() {
        // given a pyramid of reps

        // when
        Exercise pyramid = Exercise.reps("Curl-up", List.of(5, 3, 1), Optional.of(s(10)), s(5), s(30), Sides.BOTH,
                StepStyle.NONE);

        // then
        assertEquals(new Exercise("Curl-up", Optional.empty(), List.of(5, 3, 1), Optional.of(s(10)), s(5), 3, s(30),
                Sides.BOTH, Duration.ZERO, StepStyle.NONE), pyramid);
    }

    @Test
    void repsList_isCopied() {
        // given a reps list the caller goes on changing
        List<Integer> reps = new ArrayList<>(List.of(5, 5));
        Exercise exercise = Exercise.reps("Curl-up", reps, Optional.empty(), Duration.ZERO, Duration.ZERO, Sides.ONE,
                StepStyle.NONE);

        // when
        reps.set(0, 9);

        // then
        assertEquals(List.of(5, 5), exercise.repsPerSet());
    }

    @Test
    void uniformReps_sameEverySet_isTrue() {
        // given
        Exercise exercise = Fixtures.untimed("Dead bug", Exercise.sameReps(10, 3), 0, Sides.ONE);

        // when
        boolean uniform = exercise.uniformReps();

        // then
        assertEquals(true, uniform);
    }

    @Test
    void uniformReps_pyramid_isFalse() {
        // given
        Exercise exercise = Fixtures.untimed("Dead bug", List.of(5, 3, 1), 0, Sides.ONE);

        // when
        boolean uniform = exercise.uniformReps();

        // then
        assertEquals(false, uniform);
    }

    @Test
    void sameReps_repeatsTheCountOncePerSet() {
        // given / when
        List<Integer> reps = Exercise.sameReps(8, 3);

        // then
        assertEquals(List.of(8, 8, 8), reps);
    }
}
