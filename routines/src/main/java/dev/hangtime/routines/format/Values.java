package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Limits;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads single values of a routine file, reporting what is wrong with each at the value's position. Every
 * method returns empty when the value is unusable, after saying why.
 */
final class Values {

    static final String DURATION_HINT = "(write 90, \"90s\", \"1m30s\" or \"15m\")";

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    /**
     * A string of 1 to {@code max} characters without control characters or halves of characters;
     * {@code multiline} text may hold tabs and newlines, and single-line text must show something. Length
     * counts characters as people see them (an emoji, a flag, a letter with its accents is one), as the model
     * does.
     */
    Optional<String> text(Json value, String path, int max, boolean multiline) {
        return text(value, path, max, multiline, false);
    }

    /** A text field the format requires, which therefore cannot simply be left out when empty. */
    Optional<String> requiredText(Json value, String path, int max) {
        return text(value, path, max, false, true);
    }

    private Optional<String> text(Json value, String path, int max, boolean multiline, boolean required) {
        if (!(value instanceof Json.Str)) {
            wrongType(value, path, "text", "write text in double quotes");
            return Optional.empty();
        }
        String s = ((Json.Str) value).value();
        if (s.isEmpty()) {
            problems.add(value, path, required ? "is empty (write some text)"
                    : "is empty (write some text, or leave the field out)");
            return Optional.empty();
        }
        int bad = Limits.forbiddenCharacterIndex(s, multiline);
        if (bad >= 0) {
            char c = s.charAt(bad);
            boolean allowedInNote = c == '\t' || c == '\n';
            problems.add(value, path, "contains a control character (" + MessageText.codePoint(c) + ") at position "
                    + (s.codePointCount(0, bad) + 1) + (allowedInNote
                            ? " (remove it; only \"note\" may hold tabs and line breaks)" : " (remove it)"));
            return Optional.empty();
        }
        int half = Limits.loneSurrogateIndex(s);
        if (half >= 0) {
            problems.add(value, path, "contains half of a character (" + MessageText.codePoint(s.charAt(half))
                    + ", a lone surrogate) at position " + (s.codePointCount(0, half) + 1)
                    + " (write the character itself, or both halves of its \\u escape)");
            return Optional.empty();
        }
        if (Limits.tooLong(s, max)) {
            problems.add(value, path, s.length() > (long) max * Limits.MAX_UNITS_PER_CHARACTER
                    ? "too long: " + Limits.visibleLength(s) + " characters that take " + s.length() + " code units"
                            + " (shorten it; a character may take at most " + Limits.MAX_UNITS_PER_CHARACTER + " on"
                            + " average)"
                    : "too long: " + Limits.visibleLength(s) + " characters (shorten it to at most " + max + ")");
            return Optional.empty();
        }
        if (!multiline && Limits.showsNothing(s)) {
            problems.add(value, path, "shows nothing: only spaces or invisible characters (write some text)");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** A slug such as {@code lower-back}: lower-case letters and digits joined by single hyphens. */
    Optional<String> slug(Json value, String path, String what, int max) {
        if (!(value instanceof Json.Str)) {
            wrongType(value, path, "text", "write a slug in double quotes, such as \"lower-back\"");
            return Optional.empty();
        }
        String s = ((Json.Str) value).value();
        if (!Limits.isSlug(s)) {
            String suggestion = Slugs.suggest(s);
            problems.add(value, path, MessageText.quote(s) + " is not a valid " + what + " (use lower-case letters,"
                    + " digits and single hyphens" + (suggestion.isEmpty() ? "" : ", such as "
                    + MessageText.quote(suggestion)) + ")");
            return Optional.empty();
        }
        if (s.length() > max) {
            problems.add(value, path, "too long: " + s.length() + " characters (shorten it to at most " + max + ")");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** A whole number from {@code min} to {@code max}; {@code unit} names it in the range, as in "0–90 degrees". */
    Optional<Integer> integer(Json value, String path, int min, int max, String unit) {
        if (value instanceof Json.Num && !((Json.Num) value).integral()) {
            problems.add(value, path, MessageText.value(value) + " is not a whole number (write a whole number of "
                    + unit + ")");
            return Optional.empty();
        }
        if (!(value instanceof Json.Num)) {
            boolean quotedNumber = value instanceof Json.Str && ((Json.Str) value).value().matches("-?\\d{1,9}");
            wrongType(value, path, "a whole number", quotedNumber ? "write the number without quotes"
                    : "write a whole number of " + unit);
            return Optional.empty();
        }
        BigInteger n = new BigInteger(((Json.Num) value).text());
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(value, path, MessageText.value(value) + " is out of range (" + min + "–" + max + " " + unit
                    + ")");
            return Optional.empty();
        }
        return Optional.of(n.intValueExact());
    }

    /**
     * A duration of whole seconds up to 4 h, as a number of seconds or a string such as {@code "1m30s"}.
     * Zero is allowed only where the format lets a duration produce nothing.
     */
    Optional<Duration> duration(Json value, String path, boolean zeroAllowed) {
        Optional<Duration> d;
        if (value instanceof Json.Num && ((Json.Num) value).integral()) {
            d = Optional.of(seconds(((Json.Num) value).text()));
        } else if (value instanceof Json.Str) {
            d = Durations.parse(((Json.Str) value).value());
        } else if (value instanceof Json.Num) {
            d = Optional.empty();
        } else {
            wrongType(value, path, "a duration", DURATION_HINT.substring(1, DURATION_HINT.length() - 1));
            return Optional.empty();
        }
        if (d.isEmpty()) {
            problems.add(value, path, MessageText.value(value) + " is not a duration " + DURATION_HINT);
            return Optional.empty();
        }
        Duration min = zeroAllowed ? Duration.ZERO : Duration.ofSeconds(1);
        if (d.get().compareTo(min) < 0 || d.get().compareTo(Limits.MAX_DURATION) > 0) {
            problems.add(value, path, MessageText.value(value) + " is out of range (" + Durations.format(min) + "–"
                    + Durations.format(Limits.MAX_DURATION) + ")");
            return Optional.empty();
        }
        return d;
    }

    /** Seconds written as an integer; negative stays negative and huge saturates, for the range check. */
    private static Duration seconds(String text) {
        BigInteger n = new BigInteger(text);
        if (n.bitLength() > 40) {
            return Duration.ofSeconds(n.signum() < 0 ? -1 : Long.MAX_VALUE);
        }
        return Duration.ofSeconds(n.longValueExact());
    }

    Optional<Boolean> bool(Json value, String path) {
        if (!(value instanceof Json.Bool)) {
            wrongType(value, path, "true or false", "write true or false, without quotes");
            return Optional.empty();
        }
        return Optional.of(((Json.Bool) value).value());
    }

    /** A list; {@code example} shows what one looks like. */
    Optional<List<Json>> list(Json value, String path, String example) {
        if (!(value instanceof Json.Arr)) {
            wrongType(value, path, "a list", "write it in square brackets, such as " + example);
            return Optional.empty();
        }
        return Optional.of(((Json.Arr) value).items());
    }

    /** An object; {@code example} shows what one looks like. */
    Optional<Json.Obj> object(Json value, String path, String what, String example) {
        if (!(value instanceof Json.Obj)) {
            wrongType(value, path, what, "write it in braces, such as " + example);
            return Optional.empty();
        }
        return Optional.of((Json.Obj) value);
    }

    /** One of a few words, such as {@code "one"} or {@code "both"}. */
    Optional<String> word(Json value, String path, String what, List<String> words) {
        if (!(value instanceof Json.Str) || !words.contains(((Json.Str) value).value())) {
            problems.add(value, path, MessageText.value(value) + " is not " + what + " (write " + quotedOr(words)
                    + ")");
            return Optional.empty();
        }
        return Optional.of(((Json.Str) value).value());
    }

    private static String quotedOr(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : i == words.size() - 1 ? " or " : ", ").append('"').append(words.get(i))
                    .append('"');
        }
        return out.toString();
    }

    private void wrongType(Json value, String path, String expected, String hint) {
        String fix = value instanceof Json.Null ? "leave the field out instead of writing null" : hint;
        problems.add(value, path, "expected " + expected + ", found " + MessageText.value(value) + " (" + fix + ")");
    }
}
