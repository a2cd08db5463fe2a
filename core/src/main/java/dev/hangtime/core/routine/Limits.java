package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /**
     * How many UTF-16 units a text may take per character it is allowed, whatever it looks like: a family emoji is
     * 11, and a letter may carry any number of accents. The length that counts is what people see, but what is
     * kept is bounded too.
     */
    public static final int MAX_UNITS_PER_CHARACTER = 16;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

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

    /**
     * The index of the first half of a surrogate pair whose other half is missing, or -1. Such text shows as
     * "?" and cannot be written as UTF-8; JSON can spell it with one {@code \\uD800} escape.
     */
    public static int loneSurrogateIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How long {@code s} is as people see it: its grapheme clusters, so that an emoji, a flag, or a letter with its
     * accents is one character, as on screen.
     */
    public static int visibleLength(String s) {
        Matcher m = GRAPHEME.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Whether {@code s} shows nothing: only spaces, line breaks and characters that take no room (zero-width
     * spaces and joiners, direction marks, variation selectors, fillers). A name of those would show blank.
     */
    public static boolean showsNothing(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!invisible(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800
                || c == 0x180E || c == 0x17B4 || c == 0x17B5;
    }

    /** Whether {@code s} is longer than {@code max} characters as people see them, or takes too much room. */
    public static boolean tooLong(String s, int max) {
        return s.length() > max && (s.length() > (long) max * MAX_UNITS_PER_CHARACTER || visibleLength(s) > max);
    }

    static void requireText(String field, String value, int max, boolean multiline) {
        if (value.isEmpty() || tooLong(value, max)) {
            throw new IllegalArgumentException(field + " must be 1–" + max + " characters: "
                    + (value.length() > (long) max * MAX_UNITS_PER_CHARACTER ? value.length() : visibleLength(value)));
        }
        if (forbiddenCharacterIndex(value, multiline) >= 0) {
            throw new IllegalArgumentException(field + " contains a control character");
        }
        if (loneSurrogateIndex(value) >= 0) {
            throw new IllegalArgumentException(field + " contains half of a character (a lone surrogate)");
        }
        if (!multiline && showsNothing(value)) {
            throw new IllegalArgumentException(field + " shows nothing: only spaces or invisible characters");
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
