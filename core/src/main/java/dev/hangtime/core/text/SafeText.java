package dev.hangtime.core.text;

import java.text.Normalizer;

/**
 * Makes text from routine files safe to draw: nothing in a name or a note can reach the terminal as a control
 * character, and every character that remains takes a predictable number of cells.
 *
 * <p>The routine format already refuses control characters; this is the second line of defence, for text that
 * came from somewhere else or a reader that slipped. Lanterna would also throw on a control character, which
 * would end the session over a typo.
 */
public final class SafeText {

    /** Shown in place of a character that cannot be drawn safely. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** {@code text} as one line: line breaks and tabs become spaces. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** {@code text} with its line breaks kept as {@code '\n'}, for wrapping; tabs become spaces. */
    public static String block(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepBreaks) {
        if (plain(text)) {
            return text;
        }
        // Composed form first, so that "e" + combining accent becomes one character in one cell.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                out.append(keepBreaks ? '\n' : ' ');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r') {
                continue;
            } else {
                appendSafe(out, cp);
            }
        }
        return out.toString();
    }

    /**
     * Whether every character of {@code text} is printable as it stands: no control, format or combining
     * character, and nothing outside the basic plane. Most text is, and the screen redraws every second, so
     * this spares the normalizer.
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x300) // Latin, spacing modifiers
                    || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) // dashes, quotes, ellipsis
                    || (c >= 0x2190 && c <= 0x25FF); // arrows, box drawing, blocks
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void appendSafe(StringBuilder out, int cp) {
        switch (Character.getType(cp)) {
            case Character.FORMAT:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                // Bidi overrides and zero-width joiners reorder or merge what is drawn; a combining mark left
                // after composition would take a cell of its own. Dropping them keeps the columns honest.
                return;
            case Character.CONTROL:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
                out.append(REPLACEMENT);
                return;
            default:
                // A terminal cell holds one UTF-16 unit here; an emoji outside the basic plane would be split.
                out.append(Character.isBmpCodePoint(cp) ? (char) cp : REPLACEMENT);
        }
    }
}
