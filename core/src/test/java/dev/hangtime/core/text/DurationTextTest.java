package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void of_underAnHour_isMinutesAndSeconds() {
        assertEquals("4:05", DurationText.of(245));
        assertEquals("15:00", DurationText.of(Duration.ofMinutes(15)));
    }

    @Test
    void of_fromAnHour_hasHours() {
        assertEquals("1:04:05", DurationText.of(3845));
    }

    @Test
    void of_aDuration_roundsDown() {
        assertEquals("0:02", DurationText.of(Duration.ofMillis(2999)));
    }

    @Test
    void remaining_roundsUp_soTheLastSecondShowsOne() {
        assertEquals("0:01", DurationText.remaining(Duration.ofMillis(1)));
        assertEquals("0:02", DurationText.remaining(Duration.ofMillis(1001)));
        assertEquals("0:00", DurationText.remaining(Duration.ZERO));
    }

    @Test
    void remaining_onASecond_showsThatSecond() {
        assertEquals("0:03", DurationText.remaining(Duration.ofSeconds(3)));
    }

    @Test
    void stamp_alwaysShowsHours() {
        assertEquals("0:01:10", DurationText.stamp(Duration.ofMillis(70_999)));
    }

    @Test
    void nanosUntilNextSecond_isWhatIsLeftOfTheShownSecond() {
        assertEquals(250_000_000L, DurationText.nanosUntilNextSecond(Duration.ofMillis(2250)));
    }

    @Test
    void nanosUntilNextSecond_onASecond_isAWholeSecond() {
        assertEquals(1_000_000_000L, DurationText.nanosUntilNextSecond(Duration.ofSeconds(2)));
    }
}
