package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InversionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 45, 89, 90})
    void angle_from0To90_isKept(int angle) {
        // given an angle within 0–90 degrees below horizontal

        // when
        Inversion inversion = new Inversion(angle, s(60), Optional.empty(), StepStyle.NONE);

        // then
        assertEquals(angle, inversion.angle());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 91, 120, Integer.MIN_VALUE})
    void angle_outside0To90_isRefused(int angle) {
        // given an angle outside the table's range

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Inversion(angle, s(60), Optional.empty(), StepStyle.NONE));

        // then
        assertEquals("angle must be 0–90: " + angle, e.getMessage());
    }
}
