package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void of_underAnHour_isMinutesAndSeconds() {
        assertEquals("4:05", Clock.of(245));
    }

    @Test
    void of_fromAnHour_hasHours() {
        assertEquals("1:04:05", Clock.of(3845));
    }

    @Test
    void remaining_roundsUp_soTheLastSecondShowsOne() {
        assertEquals("0:01", Clock.remaining(Duration.ofMillis(1)));
    }

    @Test
    void remaining_onASecond_showsThatSecond() {
        assertEquals("0:03", Clock.remaining(Duration.ofSeconds(3)));
    }

    @Test
    void elapsed_roundsDown() {
        assertEquals("0:02", Clock.elapsed(Duration.ofMillis(2999)));
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
