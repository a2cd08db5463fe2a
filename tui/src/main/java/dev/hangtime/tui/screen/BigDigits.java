package dev.hangtime.tui.screen;

import java.util.Map;

/**
 * A clock reading in block digits, five cells tall at scale 1, so that the time left can be read from an
 * inversion table a few metres away. Each pixel of the font is two cells wide and one tall, which is about
 * square in a terminal; at scale {@code s} it is {@code 2s} wide and {@code s} tall.
 */
final class BigDigits {

    static final int ROWS = 5;

    private static final Map<Character, String[]> FONT = Map.ofEntries(
            Map.entry('0', new String[] {"###", "# #", "# #", "# #", "###"}),
            Map.entry('1', new String[] {"## ", " # ", " # ", " # ", "###"}),
            Map.entry('2', new String[] {"###", "  #", "###", "#  ", "###"}),
            Map.entry('3', new String[] {"###", "  #", "###", "  #", "###"}),
            Map.entry('4', new String[] {"# #", "# #", "###", "  #", "  #"}),
            Map.entry('5', new String[] {"###", "#  ", "###", "  #", "###"}),
            Map.entry('6', new String[] {"###", "#  ", "###", "# #", "###"}),
            Map.entry('7', new String[] {"###", "  #", "  #", "  #", "  #"}),
            Map.entry('8', new String[] {"###", "# #", "###", "# #", "###"}),
            Map.entry('9', new String[] {"###", "# #", "###", "  #", "###"}),
            Map.entry(':', new String[] {" ", "#", " ", "#", " "}));

    private BigDigits() {
    }

    /** Columns that {@code text} takes at {@code scale}, with one pixel of space between characters. */
    static int width(String text, int scale) {
        int pixels = 0;
        for (int i = 0; i < text.length(); i++) {
            pixels += glyph(text.charAt(i))[0].length() + (i > 0 ? 1 : 0);
        }
        return pixels * 2 * scale;
    }

    static int height(int scale) {
        return ROWS * scale;
    }

    /** The largest scale, at least 1, at which {@code text} fits in {@code columns} by {@code rows}; 0 if none. */
    static int fittingScale(String text, int columns, int rows) {
        int scale = 0;
        while (width(text, scale + 1) <= columns && height(scale + 1) <= rows) {
            scale++;
        }
        return scale;
    }

    /** Draws {@code text} with its top-left corner at {@code col}, {@code row}, lit cells as {@code cell}. */
    static void draw(Canvas canvas, int col, int row, String text, int scale, char cell, Style style) {
        int x = col;
        for (int i = 0; i < text.length(); i++) {
            String[] glyph = glyph(text.charAt(i));
            for (int py = 0; py < ROWS; py++) {
                String line = glyph[py];
                for (int px = 0; px < line.length(); px++) {
                    if (line.charAt(px) == '#') {
                        canvas.fill(x + px * 2 * scale, row + py * scale, 2 * scale, scale, cell, style);
                    }
                }
            }
            x += (glyph[0].length() + 1) * 2 * scale;
        }
    }

    private static String[] glyph(char c) {
        String[] glyph = FONT.get(c);
        if (glyph == null) {
            throw new IllegalArgumentException("no big glyph for " + c);
        }
        return glyph;
    }
}
