package dev.hangtime.tui.text;

/**
 * Makes text from routine files safe to print. The routine format already refuses control characters;
 * this is the second line of defence, so that nothing a file says can move the cursor or change the
 * terminal even if it slipped past the reader.
 */
public final class TerminalText {

    private static final char REPLACEMENT = '\uFFFD';

    private TerminalText() {
    }

    /** {@code s} with every control character (U+0000–U+001F, U+007F–U+009F) replaced by U+FFFD. */
    public static String safe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Like {@link #safe(String)} but keeps newlines, for multi-line notes; tabs become spaces. */
    public static String safeMultiline(String s) {
        String[] lines = s.replace('\t', ' ').split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(safe(lines[i]));
        }
        return out.toString();
    }
}
