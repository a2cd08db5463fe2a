package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Size} predicts, without building anything, what {@link Expansion} builds. Random valid routines,
 * each from its own seed so that a failure can be replayed, are measured and expanded and must agree.
 */
class SizeTest {

    private static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void of_randomRoutine_predictsTheExpansionsCountTotalAndDepth(int seed) {
        // given up to three levels of repeats (these seeds all stay within the limits, at most 915 segments)
        List<Step> steps = new Generator(new Random(seed)).steps(3);

        // when
        Size size = Size.of(steps);

        // then
        Timeline timeline = Expansion.expand(routineOf(steps));
        long seconds = timeline.segments().stream().mapToLong(SizeTest::seconds).sum();
        assertEquals(new Size(timeline.segments().size(), seconds, depth(steps)), size);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void expand_randomRoutine_indexesInOrderStartsAsRunningSumsAndNoEmptyTimedSegment(int seed) {
        // given
        Routine routine = routineOf(new Generator(new Random(seed)).steps(2));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        List<Segment> segments = timeline.segments();
        List<Integer> indices = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> runningSums = new ArrayList<>();
        long sum = 0;
        boolean everyTimedSegmentLasts = true;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            indices.add(segment.index());
            starts.add(timeline.startSeconds().get(i));
            runningSums.add(sum);
            sum += seconds(segment);
            everyTimedSegmentLasts &= segment.length().map(d -> d.toSeconds() > 0).orElse(true);
        }
        assertEquals(IntStream.range(0, segments.size()).boxed().toList(), indices);
        assertEquals(runningSums, starts);
        assertEquals(true, everyTimedSegmentLasts);
        assertEquals(Duration.ofSeconds(sum), timeline.total());
    }

    @Test
    void of_repeatBomb_saturatesInsteadOfOverflowing() {
        // given 1000 rounds nested 8 deep around a 1 s walk: 1000^8 = 10^24 segments, more than a long holds
        Step bomb = Fixtures.walk(1);
        for (int level = 0; level < 8; level++) {
            bomb = Fixtures.repeat(1000, 0, bomb);
        }

        // when
        Size size = Size.of(List.of(bomb));

        // then
        assertEquals(new Size(Long.MAX_VALUE, Long.MAX_VALUE, 8), size);
    }

    @Test
    void of_restBetweenRounds_countsOnceFewerThanTheRounds() {
        // given 1000 rounds of a 4 h walk with 4 h between: (1000 + 999) × 14,400 s
        Repeat repeat = Fixtures.repeat(1000, 14_400, Fixtures.walk(14_400));

        // when
        Size size = Size.of(List.of(repeat));

        // then
        assertEquals(new Size(1999, 1999L * 14_400, 1), size);
    }

    private static Routine routineOf(List<Step> steps) {
        return Fixtures.routine(steps.toArray(Step[]::new));
    }

    private static long seconds(Segment segment) {
        return segment.length().map(Duration::toSeconds).orElse(0L);
    }

    /** How deep repeats nest, read straight off the steps. */
    private static int depth(List<Step> steps) {
        int deepest = 0;
        for (Step step : steps) {
            if (step instanceof Repeat) {
                deepest = Math.max(deepest, 1 + depth(((Repeat) step).steps()));
            }
        }
        return deepest;
    }

    /** Random valid steps of every type and shape, small enough that most routines stay within the limits. */
    private static final class Generator {

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        List<Step> steps(int repeatDepthLeft) {
            List<Step> steps = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                steps.add(step(repeatDepthLeft));
            }
            return steps;
        }

        private Step step(int repeatDepthLeft) {
            int type = random.nextInt(repeatDepthLeft > 0 ? 10 : 8);
            switch (type) {
                case 0:
                    return new Inversion(random.nextInt(91), positive(), maybe(this::positive), style(true));
                case 1:
                    return exercise();
                case 2:
                    return new Rest(zeroOrPositive(), style(true));
                case 3:
                    return new Walk(positive(), maybe(() -> "easy"), style(true));
                case 4:
                    return new Heat(positive(), maybe(this::positive), style(true));
                case 5:
                    return new Ice(positive(), maybe(this::positive), style(true));
                case 6:
                    Optional<Duration> duration = maybe(this::positive);
                    return new Prompt("Breathe out slowly.", duration, style(duration.isPresent()));
                case 7:
                    return exercise();
                default:
                    return new Repeat(1 + random.nextInt(3), steps(repeatDepthLeft - 1), zeroOrPositive(),
                            maybe(() -> "Round"));
            }
        }

        private Exercise exercise() {
            Sides sides = random.nextBoolean() ? Sides.ONE : Sides.BOTH;
            int sets = 1 + random.nextInt(3);
            List<Integer> reps = IntStream.range(0, sets).mapToObj(i -> 1 + random.nextInt(4)).toList();
            switch (random.nextInt(3)) {
                case 0:
                    return Exercise.timed("Plank", positive(), sets, zeroOrPositive(), sides, style(true));
                case 1:
                    return Exercise.reps("Curl-up", reps, Optional.of(positive()), zeroOrPositive(), zeroOrPositive(),
                            sides, style(true));
                default:
                    return Exercise.reps("Dead bug", reps, Optional.empty(), Duration.ZERO, zeroOrPositive(), sides,
                            style(true));
            }
        }

        private StepStyle style(boolean mayPrepare) {
            Duration prepare = mayPrepare ? zeroOrPositive() : Duration.ZERO;
            Cues cues = new Cues(random.nextBoolean() ? OptionalInt.of(random.nextInt(11)) : OptionalInt.empty(),
                    random.nextBoolean() ? Optional.of(random.nextBoolean()) : Optional.empty());
            return new StepStyle(maybe(() -> "Label"), maybe(() -> "A note.\nTwo lines."), prepare, cues);
        }

        private Duration positive() {
            return s(1 + random.nextInt(120));
        }

        private Duration zeroOrPositive() {
            return random.nextBoolean() ? Duration.ZERO : positive();
        }

        private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
            return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
        }
    }
}
