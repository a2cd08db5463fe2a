package dev.hangtime.routines.format;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the string form of a routine file's durations: one to three parts in the order
 * {@code h}, {@code m}, {@code s}, such as {@code "90s"}, {@code "1m30s"} or {@code "1h5m"}.
 */
public final class Durations {

    /** Each part's digits are bounded so that no value can overflow while it is added up. */
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,12})h)?(?:(\\d{1,12})m)?(?:(\\d{1,12})s)?");

    private Durations() {
    }

    /**
     * The duration written as {@code text}, or empty if it is not in the string form. Whitespace, signs,
     * other units and parts out of order are refused. The range (0 s – 4 h) is not checked here.
     */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        long seconds = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /**
     * The shortest string form of {@code duration}: 90 s is {@code "1m30s"}, an hour is {@code "1h"}, zero is
     * {@code "0s"}.
     *
     * @throws IllegalArgumentException if it is negative or not a whole number of seconds
     */
    public static String format(Duration duration) {
        if (duration.isNegative() || duration.getNano() != 0) {
            throw new IllegalArgumentException("not a whole, non-negative number of seconds: " + duration);
        }
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        append(out, seconds / 3600, 'h');
        append(out, seconds % 3600 / 60, 'm');
        append(out, seconds % 60, 's');
        return out.toString();
    }

    private static void append(StringBuilder out, long n, char unit) {
        if (n != 0) {
            out.append(n).append(unit);
        }
    }
}
