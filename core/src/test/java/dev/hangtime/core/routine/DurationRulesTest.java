package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routine format's rule for every duration field: whole seconds from 0 s to 4 h, and zero refused except
 * for a rest step's duration, {@code rest}, {@code relax}, {@code restBetween} and {@code prepare}.
 */
class DurationRulesTest {

    /** A duration field: its name, how to build a step with a given value in it, and how to read it back. */
    private record Field(String name, Function<Duration, Object> build, Function<Object, Duration> read) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Field field(String name, Function<Duration, Object> build, Function<Object, Duration> read) {
        return new Field(name, build, read);
    }

    private static Stream<Field> zeroRefused() {
        return Stream.of(
                field("hold", d -> new Inversion(30, d, Optional.empty(), StepStyle.NONE),
                        o -> ((Inversion) o).hold()),
                field("oscillate", d -> new Inversion(30, s(60), Optional.of(d), StepStyle.NONE),
                        o -> ((Inversion) o).oscillate().orElseThrow()),
                field("work", d -> Exercise.timed("Plank", d, 1, Duration.ZERO, Sides.ONE, StepStyle.NONE),
                        o -> ((Exercise) o).work().orElseThrow()),
                field("hold", d -> Exercise.reps("Plank", List.of(3), Optional.of(d), Duration.ZERO, Duration.ZERO,
                        Sides.ONE, StepStyle.NONE), o -> ((Exercise) o).hold().orElseThrow()),
                field("duration", d -> new Walk(d, Optional.empty(), StepStyle.NONE), o -> ((Walk) o).duration()),
                field("duration", d -> new Heat(d, Optional.empty(), StepStyle.NONE), o -> ((Heat) o).duration()),
                field("checkEvery", d -> new Heat(s(600), Optional.of(d), StepStyle.NONE),
                        o -> ((Heat) o).checkEvery().orElseThrow()),
                field("duration", d -> new Ice(d, Optional.empty(), StepStyle.NONE), o -> ((Ice) o).duration()),
                field("checkEvery", d -> new Ice(s(600), Optional.of(d), StepStyle.NONE),
                        o -> ((Ice) o).checkEvery().orElseThrow()),
                field("duration", d -> new Prompt("Breathe out.", Optional.of(d), StepStyle.NONE),
                        o -> ((Prompt) o).duration().orElseThrow()));
    }

    private static Stream<Field> zeroAllowed() {
        return Stream.of(
                field("duration", d -> new Rest(d, StepStyle.NONE), o -> ((Rest) o).duration()),
                field("rest", d -> Exercise.timed("Plank", s(30), 2, d, Sides.ONE, StepStyle.NONE),
                        o -> ((Exercise) o).rest()),
                field("relax", d -> Exercise.reps("Plank", List.of(3), Optional.of(s(10)), d, Duration.ZERO,
                        Sides.ONE, StepStyle.NONE), o -> ((Exercise) o).relax()),
                field("restBetween", d -> new Repeat(2, List.of(Fixtures.walk(60)), d, Optional.empty()),
                        o -> ((Repeat) o).restBetween()),
                field("prepare", d -> StepStyle.NONE.withPrepare(d), o -> ((StepStyle) o).prepare()));
    }

    private static Stream<Field> every() {
        return Stream.concat(zeroRefused(), zeroAllowed());
    }

    private static Stream<Arguments> everyWithBadValue() {
        // 4 h is 14,400 s; one second more is out, and so is any fraction of a second.
        List<Duration> bad = List.of(s(-1), s(14_401), Duration.ofMillis(1500), Duration.ofMillis(500));
        return every().flatMap(f -> bad.stream().map(d -> Arguments.of(f, d)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zeroRefused")
    void zero_whereTheFormatForbidsIt_isRefused(Field field) {
        // given a zero duration in a field that must be positive

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> field.build().apply(Duration.ZERO));

        // then
        assertEquals(field.name() + " must be longer than 0 s", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zeroAllowed")
    void zero_whereTheFormatAllowsIt_isKept(Field field) {
        // given a zero duration in a field that may be zero

        // when it is built
        Object built = field.build().apply(Duration.ZERO);

        // then
        assertEquals(Duration.ZERO, field.read().apply(built));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void fourHours_isTheLongestAccepted(Field field) {
        // given the longest duration the format allows, 4 h

        // when it is built
        Object built = field.build().apply(Duration.ofHours(4));

        // then
        assertEquals(Duration.ofHours(4), field.read().apply(built));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void oneSecond_isAccepted(Field field) {
        // given the shortest positive duration

        // when it is built
        Object built = field.build().apply(s(1));

        // then
        assertEquals(s(1), field.read().apply(built));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyWithBadValue")
    void negativeOverFourHoursOrFractional_isRefused(Field field, Duration value) {
        // given a negative duration, one over 4 h, or one that is not whole seconds

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> field.build().apply(value));

        // then
        assertEquals(field.name() + " must be whole seconds from 0 s to 4 h: " + value, e.getMessage());
    }
}
