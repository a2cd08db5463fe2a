package dev.hangtime.routines.format;

/**
 * Wording shared by the messages about files: the routine reader's, the journal reader's. Everything a message
 * echoes from a file passes through here, so that no control character from a file can reach the user's terminal.
 */
public final class MessageText {

    /** Longer echoes are cut, so that one bad 2000-character note does not flood the screen. */
    private static final int MAX_ECHO = 40;

    private MessageText() {
    }

    /** {@code s} in double quotes, escaped and cut short if long: {@code "1x"}. */
    public static String quote(String s) {
        int cut = s.codePointCount(0, s.length()) > MAX_ECHO ? s.offsetByCodePoints(0, MAX_ECHO) : s.length();
        return "\"" + escape(s.substring(0, cut)) + (cut < s.length() ? "…" : "") + "\"";
    }

    /** {@code s} with quotes, backslashes and invisible or control characters escaped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    if (needsEscape(c) || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    /**
     * Control characters, and the invisible ones that reorder or hide text (bidirectional controls and marks, line
     * and paragraph separators), which could make a message say something other than what it says.
     */
    private static boolean needsEscape(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C
                || c == 0x200E || c == 0x200F;
    }

    /** Whether {@code s.charAt(i)} is half of a character whose other half is not beside it. */
    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** A code point in the usual notation: {@code U+001B}. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    /** How a value the user wrote appears in a message: strings quoted, numbers as written. */
    static String value(Json json) {
        if (json instanceof Json.Str) {
            return quote(((Json.Str) json).value());
        } else if (json instanceof Json.Num) {
            String text = ((Json.Num) json).text();
            return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
        } else if (json instanceof Json.Bool) {
            return String.valueOf(((Json.Bool) json).value());
        } else if (json instanceof Json.Null) {
            return "null";
        } else if (json instanceof Json.Obj) {
            return "an object";
        } else if (json instanceof Json.Arr) {
            return "a list";
        }
        throw new AssertionError(json);
    }

    /** One, or several, of a thing: "1 character", "3 characters". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
