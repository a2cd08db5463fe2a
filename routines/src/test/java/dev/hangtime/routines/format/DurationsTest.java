package dev.hangtime.routines.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource({"90s, 90", "1m30s, 90", "15m, 900", "1h, 3600", "1h5m, 3900", "1h0m5s, 3605", "0s, 0",
            "90m, 5400", "007s, 7"})
    void parse_readsPartsInOrder(String text, long seconds) {
        // given
        String written = text;

        // when
        Optional<Duration> parsed = Durations.parse(written);

        // then
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), parsed);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource({"1 min, 60", "15min, 900", "30sec, 30", "90 s, 90", "1:30, 90", "1m 30s, 90", "1 m 30 s, 90",
            "2 mins, 120", "1 minute, 60", "10 minutes, 600", "45 secs, 45", "1 second, 1", "20 seconds, 20",
            "1 hr, 3600", "2 hrs, 7200", "1 hour 5 minutes, 3900", "2 hours, 7200", "1:05:00, 3900", "0:45, 45",
            "12:00, 720", "1h 5m 10s, 3910"})
    void parse_readsTheSpellingsPeopleWrite(String text, long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), Durations.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "90", " 1m", "1m ", "30s1m", "1d", "10M", "1.5m", "-1s", "+1s", "1h1h", "h",
            "1m30", "1\u0663s", "1:5", "1:60", "1:30:00:00", ":30", "1::30", "1:30s", "1 mn", "1min30",
            "1  min", "1 min  30 s", "1 m30s 5", "30 sec 1 min", "1 mins 1 min", "1 Min", "1 minutes,30 seconds",
            "1:30:60", "1 m\t30 s"})
    void parse_refusesAnythingElse(String text) {
        // given
        String written = text;

        // when
        Optional<Duration> parsed = Durations.parse(written);

        // then
        assertEquals(Optional.empty(), parsed);
    }

    @Test
    void parse_hugeParts_doNotOverflow() {
        // given
        String written = "999999999999h999999999999m999999999999s";

        // when
        Optional<Duration> parsed = Durations.parse(written);

        // then
        assertEquals(Optional.of(Duration.ofSeconds(999_999_999_999L * 3661)), parsed);
    }

    @ParameterizedTest(name = "{0} s is \"{1}\"")
    @CsvSource({"0, 0s", "1, 1s", "59, 59s", "60, 1m", "90, 1m30s", "3600, 1h", "3601, 1h1s", "3660, 1h1m",
            "14400, 4h", "86400, 24h"})
    void format_writesTheShortestForm(long seconds, String text) {
        // given
        Duration d = Duration.ofSeconds(seconds);

        // when
        String formatted = Durations.format(d);

        // then
        assertEquals(text, formatted);
    }

    @Test
    void format_fractionOfASecond_isRefused() {
        // given
        Duration d = Duration.ofMillis(1500);

        // when, then
        assertThrows(IllegalArgumentException.class, () -> Durations.format(d));
    }
}
