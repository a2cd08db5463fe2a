package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits of routine format version 1, checked when a routine or step is built. The file reader checks
 * the same limits first, so that a user is told where in the file a value is wrong; these checks are the
 * last line of defence for routines built in code.
 */
public final class Limits {

    public static final int FORMAT_VERSION = 1;
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_REPEAT_DEPTH = 8;
    public static final int MAX_SEGMENTS = 10_000;
    public static final Duration MAX_DURATION = Duration.ofHours(4);
    public static final Duration MAX_TOTAL = Duration.ofHours(24);
    public static final int MAX_ID = 64;
    public static final int MAX_NAME = 80;
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_LABEL = 80;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_PROMPT_TEXT = 500;
    public static final int MAX_PACE = 40;
    public static final int MAX_EXERCISE_NAME = 80;
    public static final int MIN_ANGLE = 0;
    public static final int MAX_ANGLE = 90;
    public static final int MIN_TIMES = 1;
    public static final int MAX_TIMES = 1000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Limits() {
    }

    /** Whether {@code s} is a slug: lower-case letters and digits in groups joined by single hyphens. */
    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }

    /**
     * The first character of {@code s} that no routine may contain, or -1. Control characters are refused so
     * that nothing a routine says can reach a terminal as an escape sequence; {@code multiline} text may
     * still hold tabs and newlines.
     */
    public static int forbiddenCharacterIndex(String s, boolean multiline) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c <= 0x1F || (c >= 0x7F && c <= 0x9F);
            if (control && !(multiline && (c == '\t' || c == '\n'))) {
                return i;
            }
        }
        return -1;
    }

    static void requireText(String field, String value, int max, boolean multiline) {
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(field + " must be 1–" + max + " characters: " + value.length());
        }
        if (forbiddenCharacterIndex(value, multiline) >= 0) {
            throw new IllegalArgumentException(field + " contains a control character");
        }
    }

    static void requireText(String field, Optional<String> value, int max, boolean multiline) {
        value.ifPresent(v -> requireText(field, v, max, multiline));
    }

    static void requireDuration(String field, Duration value, boolean zeroAllowed) {
        if (value.isNegative() || value.compareTo(MAX_DURATION) > 0 || value.getNano() != 0) {
            throw new IllegalArgumentException(field + " must be whole seconds from 0 s to 4 h: " + value);
        }
        if (!zeroAllowed && value.isZero()) {
            throw new IllegalArgumentException(field + " must be longer than 0 s");
        }
    }

    static void requireDuration(String field, Optional<Duration> value, boolean zeroAllowed) {
        value.ifPresent(v -> requireDuration(field, v, zeroAllowed));
    }

    static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + "–" + max + ": " + value);
        }
    }
}
