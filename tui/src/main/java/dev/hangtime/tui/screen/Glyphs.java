package dev.hangtime.tui.screen;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * The characters the screens are drawn with: block and line characters where the terminal's character set has
 * them, plain ASCII where it does not, so that a full bar still differs from an empty one.
 *
 * @param solid a lit cell of the big digits
 * @param shaded a lit cell of the big digits while time stands still
 * @param full the done part of a progress bar
 * @param empty the part still to come
 * @param rule a horizontal line
 * @param dot separates items on a line
 * @param right the arrow of the skip key
 * @param left the arrow of the back key
 * @param pointer marks the selected routine
 * @param box the corners and sides of a box: top-left, top-right, bottom-left, bottom-right, side
 */
record Glyphs(char solid, char shaded, char full, char empty, char rule, String dot, String right, String left,
        String pointer, String box) {

    static final Glyphs UNICODE = new Glyphs('█', '▒', '█', '░', '─', " · ", "→", "←", "▶", "┌┐└┘│");
    static final Glyphs ASCII = new Glyphs('#', ':', '#', '.', '-', " - ", "Right", "Left", ">", "++++|");

    /**
     * {@code text} with the typographic characters the screens use (dashes, dots, degrees, arrows, quotes) spelled in
     * ASCII when the terminal has no others; the terminal would print each as a question mark.
     */
    String spell(String text) {
        if (this == UNICODE) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '—':
                case '–':
                    out.append('-');
                    break;
                case '·':
                    out.append('-');
                    break;
                case '…':
                    out.append("...");
                    break;
                case '°':
                    out.append(" deg");
                    break;
                case '×':
                    out.append('x');
                    break;
                case '→':
                    out.append("->");
                    break;
                case '←':
                    out.append("<-");
                    break;
                case '“':
                case '”':
                    out.append('"');
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** The glyphs a terminal in {@code charset} can show. */
    static Glyphs forCharset(Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        return encoder.canEncode("█▒░─·→←▶┌┐└┘│") ? UNICODE : ASCII;
    }
}
