package dev.hangtime.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void of_underAnHour_isMinutesAndSeconds() {
        assertEquals("4:05", Clock.of(245));
        assertEquals("15:00", Clock.of(Duration.ofMinutes(15)));
    }

    @Test
    void of_fromAnHour_hasHours() {
        assertEquals("1:04:05", Clock.of(3845));
    }

    @Test
    void of_aDuration_roundsDown() {
        assertEquals("0:02", Clock.of(Duration.ofMillis(2999)));
    }

    @Test
    void remaining_roundsUp_soTheLastSecondShowsOne() {
        assertEquals("0:01", Clock.remaining(Duration.ofMillis(1)));
        assertEquals("0:02", Clock.remaining(Duration.ofMillis(1001)));
        assertEquals("0:00", Clock.remaining(Duration.ZERO));
    }

    @Test
    void remaining_onASecond_showsThatSecond() {
        assertEquals("0:03", Clock.remaining(Duration.ofSeconds(3)));
    }

    @Test
    void stamp_alwaysShowsHours() {
        assertEquals("0:01:10", Clock.stamp(Duration.ofMillis(70_999)));
    }

    @Test
    void nanosUntilNextSecond_isWhatIsLeftOfTheShownSecond() {
        assertEquals(250_000_000L, Clock.nanosUntilNextSecond(Duration.ofMillis(2250)));
    }

    @Test
    void nanosUntilNextSecond_onASecond_isAWholeSecond() {
        assertEquals(1_000_000_000L, Clock.nanosUntilNextSecond(Duration.ofSeconds(2)));
    }
}
