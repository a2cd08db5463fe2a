package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1001, -1})
    void times_outside1To1000_isRefused(int times) {
        // given a repeat count the format does not allow

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Repeat(times, List.of(walk(60)), Duration.ZERO, Optional.empty()));

        // then
        assertEquals("times must be 1–1000: " + times, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void times_atTheBounds_isKept(int times) {
        // given the fewest and the most rounds allowed

        // when
        Repeat repeat = new Repeat(times, List.of(walk(60)), Duration.ZERO, Optional.empty());

        // then
        assertEquals(times, repeat.times());
    }

    @Test
    void noSteps_isRefused() {
        // given a repeat of nothing

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Repeat(3, List.of(), Duration.ZERO, Optional.empty()));

        // then
        assertEquals("a repeat needs at least one step", e.getMessage());
    }

    @Test
    void steps_areCopied() {
        // given a list of steps the caller goes on changing
        List<Step> steps = new ArrayList<>(List.of(walk(60)));
        Repeat repeat = new Repeat(3, steps, Duration.ZERO, Optional.empty());

        // when
        steps.add(walk(30));

        // then
        assertEquals(List.of(walk(60)), repeat.steps());
    }

    @Test
    void style_carriesOnlyTheLabel() {
        // given a labelled repeat
        Repeat repeat = new Repeat(3, List.of(walk(60)), s(30), Optional.of("Lap"));

        // when
        StepStyle style = repeat.style();

        // then
        assertEquals(StepStyle.NONE.withLabel("Lap"), style);
    }
}
