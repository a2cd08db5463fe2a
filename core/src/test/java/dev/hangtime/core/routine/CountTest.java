package dev.hangtime.core.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountTest {

    @ParameterizedTest
    @CsvSource({"0, 3", "4, 3", "1, 0", "-1, 5"})
    void position_outside1ToOf_isRefused(int n, int of) {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Count(n, of));

        // then
        assertEquals("count " + n + " of " + of, e.getMessage());
    }

    @Test
    void toString_isPositionSlashTotal() {
        // given / when / then
        assertEquals("2/3", new Count(2, 3).toString());
    }
}
