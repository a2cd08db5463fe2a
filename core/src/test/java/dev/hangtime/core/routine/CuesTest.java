package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuesTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100})
    void countdown_outside0To10_isRefused(int countdown) {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Cues(OptionalInt.of(countdown), Optional.empty()));

        // then
        assertEquals("countdown must be 0–10: " + countdown, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void countdown_atTheBounds_isKept(int countdown) {
        // given / when
        Cues cues = new Cues(OptionalInt.of(countdown), Optional.empty());

        // then
        assertEquals(OptionalInt.of(countdown), cues.countdown());
    }

    @Test
    void defaults_areThreePipsAndNoHalfway() {
        // given / when / then
        assertEquals(cues(3, false), Cues.DEFAULTS);
    }

    @Test
    void over_takesEachEmptyFieldFromTheOuterLevel() {
        // given a step that sets only the countdown, under a routine that sets only halfway
        Cues step = new Cues(OptionalInt.of(0), Optional.empty());
        Cues routine = new Cues(OptionalInt.empty(), Optional.of(true));

        // when
        Cues resolved = step.over(routine).over(Cues.DEFAULTS);

        // then
        assertEquals(cues(0, true), resolved);
    }

    @Test
    void over_setFieldsWinOverTheOuterLevel() {
        // given
        Cues step = cues(5, true);

        // when
        Cues resolved = step.over(cues(1, false));

        // then
        assertEquals(cues(5, true), resolved);
    }

    @Test
    void isEmpty_onlyWhenNothingIsSet() {
        // given / when / then
        assertEquals(java.util.List.of(true, false, false),
                java.util.List.of(Cues.INHERIT.isEmpty(), Fixtures.countdown(3).isEmpty(),
                        Fixtures.halfway(false).isEmpty()));
    }
}
