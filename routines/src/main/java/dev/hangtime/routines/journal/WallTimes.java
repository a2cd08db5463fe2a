package dev.hangtime.routines.journal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Wall times as the journal writes them, read without the general ISO parser, which takes some microseconds. */
final class WallTimes {

    private WallTimes() {
    }

    /**
     * {@code text} as {@code 2026-03-02T07:30[:00[.063]]} then {@code Z} or {@code +01:00}; null when it is
     * not in that form (the general parser then says what it is), or not a real date and time.
     */
    static OffsetDateTime parse(String text) {
        int n = text.length();
        if (n < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && text.charAt(i) == ':') {
            second = digits(text, i + 1, i + 3);
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int from = ++i;
                while (i < n && i - from < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    nano = nano * 10 + text.charAt(i++) - '0';
                }
                if (i == from) {
                    return null;
                }
                for (int d = i - from; d < 9; d++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second) < 0 || i >= n) {
            return null;
        }
        ZoneOffset offset;
        char sign = text.charAt(i);
        if (sign == 'Z' && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
            int hours = digits(text, i + 1, i + 3);
            int minutes = digits(text, i + 4, i + 6);
            if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            int seconds = hours * 3600 + minutes * 60;
            if (seconds > 18 * 3600) {
                return null;
            }
            offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number {@code text[from, to)} spells, or -1 if it is not all digits or the text is too short. */
    private static int digits(String text, int from, int to) {
        if (to > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
