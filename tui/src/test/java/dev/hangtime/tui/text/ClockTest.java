package dev.hangtime.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void compact_showsHoursOnlyWhenThereAreAny() {
        assertEquals("0:45", Clock.compact(Duration.ofSeconds(45)));
        assertEquals("15:00", Clock.compact(Duration.ofMinutes(15)));
        assertEquals("1:02:03", Clock.compact(Duration.ofSeconds(3723)));
    }

    @Test
    void stamp_alwaysShowsHours() {
        assertEquals("0:01:10", Clock.stamp(Duration.ofMillis(70_999)));
    }

    @Test
    void remaining_roundsUpSoTheLastSecondShowsOne() {
        assertEquals("0:01", Clock.remaining(Duration.ofMillis(1)));
        assertEquals("0:01", Clock.remaining(Duration.ofSeconds(1)));
        assertEquals("0:02", Clock.remaining(Duration.ofMillis(1001)));
        assertEquals("0:00", Clock.remaining(Duration.ZERO));
    }
}
