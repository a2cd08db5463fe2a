package dev.hangtime.routines.format;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the string form of a routine file's durations. The canonical form, which writers emit, is
 * one to three parts in the order {@code h}, {@code m}, {@code s}: {@code "90s"}, {@code "1m30s"}, {@code "1h5m"}.
 * Readers also take the spellings people write when they are unambiguous: a single space between a number and
 * its unit or between parts ({@code "1m 30s"}, {@code "90 s"}), the unit words {@code sec}, {@code secs},
 * {@code second(s)}, {@code min}, {@code mins}, {@code minute(s)}, {@code hr}, {@code hrs}, {@code hour(s)}
 * ({@code "1 min"}, {@code "15min"}), and the clock forms {@code "M:SS"} and {@code "H:MM:SS"}.
 */
public final class Durations {

    /** Each part's digits are bounded so that no value can overflow while it is added up. */
    private static final String NUMBER = "(\\d{1,12})";
    private static final String SPACE = " ?";
    private static final String HOURS = "(?:" + NUMBER + SPACE + "(?:h|hr|hrs|hour|hours))";
    private static final String MINUTES = "(?:" + NUMBER + SPACE + "(?:m|min|mins|minute|minutes))";
    private static final String SECONDS = "(?:" + NUMBER + SPACE + "(?:s|sec|secs|second|seconds))";

    /**
     * The parts in order, each followed by at most one space before the next; the alternatives are tried so that
     * "1 min" is read as minutes, never as "1 m" and a stray "in".
     */
    private static final Pattern PARTS = Pattern.compile(
            "(?:" + HOURS + "(?: (?=\\d)|(?=\\d))?)?(?:" + MINUTES + "(?: (?=\\d)|(?=\\d))?)?" + SECONDS + "?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):([0-5]\\d)|(\\d{1,3})):([0-5]\\d)");

    private Durations() {
    }

    /**
     * The duration written as {@code text}, or empty if it is none of the forms above. Signs, fractions, other
     * units, capitals, parts out of order or given twice, tabs, leading, trailing or doubled spaces are refused:
     * nothing is guessed. The range (0 s – 4 h) is not checked here.
     */
    public static Optional<Duration> parse(String text) {
        if (text.isEmpty() || text.startsWith(" ") || text.endsWith(" ")) {
            return Optional.empty();
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            long seconds = clock.group(1) != null
                    ? part(clock.group(1)) * 3600 + part(clock.group(2)) * 60 + part(clock.group(4))
                    : part(clock.group(3)) * 60 + part(clock.group(4));
            return Optional.of(Duration.ofSeconds(seconds));
        }
        Matcher m = PARTS.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long seconds = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /**
     * The shortest canonical form of {@code duration}: 90 s is {@code "1m30s"}, an hour is {@code "1h"}, zero is
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
