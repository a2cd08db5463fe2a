package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.holds;
import static dev.hangtime.core.routine.Fixtures.prepare;
import static dev.hangtime.core.routine.Fixtures.repeat;
import static dev.hangtime.core.routine.Fixtures.rest;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole routines whose length and segment count were worked out by hand, expanded and measured: the
 * expansion, its total and {@link Size} must all agree with the arithmetic.
 */
class ExpansionTotalsTest {

    /** What a routine should come to: segments, seconds, how deep its repeats nest, and how many wait. */
    private record Expected(long segments, long seconds, int depth, int manual) {
    }

    private static Stream<Arguments> routines() {
        return Stream.of(
                Arguments.of("big three, pyramids on both sides", bigThree(), new Expected(83, 790, 0, 1)),
                Arguments.of("3 × (walk, 2 × (inversion, bird-dog))", nestedRounds(), new Expected(50, 1770, 2, 0)),
                Arguments.of("three levels of repeats", threeLevels(), new Expected(23, 445, 3, 0)),
                Arguments.of("every zero rest dropped", zeroRests(), new Expected(48, 240, 1, 0)),
                Arguments.of("every step type", everyType(), new Expected(14, 2325, 0, 5)));
    }

    /**
     * A prompt, then curl-ups, side planks and bird-dogs in pyramids of 5, 3, 1 reps of 10 s holds, 5 s relax,
     * 30 s rest between sets.
     *
     * <p>One side of a set of r reps: r holds and r − 1 relaxes, 10r + 5(r − 1) s: 70, 40 and 10 s for 5, 3, 1,
     * so 120 s in 9 + 5 + 1 = 15 segments; the two rests add 60 s and 2 segments.
     * <ul>
     *   <li>prompt: 1 manual segment, 0 s;</li>
     *   <li>curl-up, one side: 15 + 2 = 17 segments, 120 + 60 = 180 s;</li>
     *   <li>side plank, both sides, 10 s lead-in: 2 × 15 + 2 + 1 = 33 segments, 2 × 120 + 60 + 10 = 310 s;</li>
     *   <li>bird-dog, both sides: 32 segments, 300 s.</li>
     * </ul>
     * In all 1 + 17 + 33 + 32 = 83 segments and 180 + 310 + 300 = 790 s.
     */
    private static List<Step> bigThree() {
        List<Integer> pyramid = List.of(5, 3, 1);
        return List.of(
                new Prompt("Lie on your back, one knee bent.", Optional.empty(), StepStyle.NONE),
                holds("Curl-up", pyramid, 10, 5, 30, Sides.ONE),
                Exercise.reps("Side plank", pyramid, Optional.of(s(10)), s(5), s(30), Sides.BOTH, prepare(10)),
                holds("Bird-dog", pyramid, 10, 5, 30, Sides.BOTH));
    }

    /**
     * 3 rounds, 60 s between, of: a 120 s walk, then 2 rounds, 20 s between, of an inversion (10 s lead-in,
     * 60 s hold) and bird-dogs (2 sets of 30 s on each side, 15 s rest).
     *
     * <p>Inner round: inversion 2 segments, 70 s; bird-dog 4 + 1 = 5 segments, 4 × 30 + 15 = 135 s; so 7
     * segments, 205 s. Inner repeat: 2 × 7 + 1 = 15 segments, 2 × 205 + 20 = 430 s. Outer round: 1 + 15 = 16
     * segments, 120 + 430 = 550 s. Outer repeat: 3 × 16 + 2 = 50 segments, 3 × 550 + 2 × 60 = 1770 s.
     */
    private static List<Step> nestedRounds() {
        Repeat inner = repeat(2, 20,
                new Inversion(20, s(60), Optional.empty(), prepare(10)),
                Fixtures.timed("Bird-dog", 30, 2, 15, Sides.BOTH));
        return List.of(repeat(3, 60, new Walk(s(120), Optional.of("easy"), StepStyle.NONE), inner));
    }

    /**
     * 2 × (3 × (2 × walk 30 s, 5 s between), 10 s between), 15 s between.
     *
     * <p>Innermost: 2 × 30 + 5 = 65 s in 3 segments. Middle: 3 × 65 + 2 × 10 = 215 s in 3 × 3 + 2 = 11.
     * Outer: 2 × 215 + 15 = 445 s in 2 × 11 + 1 = 23.
     */
    private static List<Step> threeLevels() {
        return List.of(repeat(2, 15, repeat(3, 10, repeat(2, 5, walk(30)))));
    }

    /**
     * 4 rounds, no rest between, of 2 sets of 3 holds of 5 s on each side with no relax and no rest, then a
     * 0 s rest step.
     *
     * <p>A round: 2 sets × 2 sides × 3 holds = 12 segments of 5 s, 60 s. Four: 48 segments, 240 s.
     */
    private static List<Step> zeroRests() {
        return List.of(repeat(4, 0, holds("Dead bug hold", List.of(3, 3), 5, 0, 0, Sides.BOTH), rest(0)));
    }

    /**
     * One of each kind of step.
     *
     * <p>Segments and seconds: prompt that waits 1, 0; timed prompt with a 5 s lead-in 2, 25; heat 1, 900;
     * ice 1, 600; walk 1, 600; rest 0 s 0, 0; rest 1, 45; inversion with a 15 s lead-in 2, 135; dead bugs, 2
     * sets on each side with 20 s rest, 4 waiting + 1 rest, 20. In all 14 segments, 2325 s, 5 of them waiting.
     */
    private static List<Step> everyType() {
        return List.of(
                new Prompt("Get the mat out.", Optional.empty(), StepStyle.NONE),
                new Prompt("Breathe slowly.", Optional.of(s(20)), prepare(5)),
                new Heat(s(900), Optional.of(s(300)), StepStyle.NONE),
                new Ice(s(600), Optional.empty(), StepStyle.NONE),
                walk(600),
                rest(0),
                rest(45),
                new Inversion(30, s(120), Optional.of(s(30)), prepare(15)),
                Fixtures.untimed("Dead bug", List.of(10, 10), 20, Sides.BOTH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void expand_countsAndTotals_matchTheHandArithmetic(String name, List<Step> steps, Expected expected) {
        // given
        Routine routine = Fixtures.routine(steps.toArray(Step[]::new));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        assertEquals(List.of(expected.segments(), expected.seconds(), (long) expected.manual()),
                List.of((long) timeline.segments().size(), timeline.total().toSeconds(),
                        (long) timeline.manualSegments()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void size_measuresWithoutExpanding_whatExpansionBuilds(String name, List<Step> steps, Expected expected) {
        // given the same routines

        // when
        Size size = Size.of(steps);

        // then
        assertEquals(new Size(expected.segments(), expected.seconds(), expected.depth()), size);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void expand_lastSegment_endsAtTheTotal(String name, List<Step> steps, Expected expected) {
        // given
        Timeline timeline = Expansion.expand(Fixtures.routine(steps.toArray(Step[]::new)));
        int last = timeline.segments().size() - 1;

        // when a waiting last segment adds nothing
        long end = timeline.startSeconds().get(last) + timeline.segments().get(last).length().orElse(Duration.ZERO)
                .toSeconds();

        // then
        assertEquals(expected.seconds(), end);
    }
}
