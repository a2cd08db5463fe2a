package dev.hangtime.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import java.util.EnumSet;

/**
 * Where the screens draw: a Lanterna {@link TextGraphics} that clips to the screen and makes every string safe
 * before it reaches a cell, with the palette and glyphs in force.
 */
final class Canvas {

    private final TextGraphics graphics;
    private final Palette palette;
    private final Glyphs glyphs;
    private final int width;
    private final int height;

    Canvas(TextGraphics graphics, Palette palette, Glyphs glyphs) {
        this.graphics = graphics;
        this.palette = palette;
        this.glyphs = glyphs;
        TerminalSize size = graphics.getSize();
        this.width = size.getColumns();
        this.height = size.getRows();
    }

    Palette palette() {
        return palette;
    }

    Glyphs glyphs() {
        return glyphs;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The part of this canvas below its first {@code rows} rows, as a canvas of its own. */
    Canvas below(int rows) {
        return new Canvas(graphics.newTextGraphics(new TerminalPosition(0, rows), new TerminalSize(width,
                Math.max(0, height - rows))), palette, glyphs);
    }

    /**
     * Draws {@code text} on one line from {@code col}, cut with an ellipsis where the screen ends.
     *
     * @return the column after the text
     */
    int text(int col, int row, String text, Style style) {
        return text(col, row, text, width - col, style);
    }

    /** Draws {@code text} in at most {@code maxWidth} columns. @return the column after the text */
    int text(int col, int row, String text, int maxWidth, Style style) {
        if (row < 0 || row >= height || col >= width || maxWidth <= 0) {
            return col;
        }
        String fitted = fit(text, Math.min(maxWidth, width - col));
        apply(style);
        graphics.putString(col, row, fitted);
        return col + TerminalTextUtils.getColumnWidth(fitted);
    }

    /** Draws {@code text} so that it ends {@code margin} columns from the right edge. */
    void textRight(int row, String text, int margin, Style style) {
        String safe = glyphs.spell(SafeText.line(text));
        int w = Math.min(TerminalTextUtils.getColumnWidth(safe), width - margin);
        text(Math.max(0, width - margin - w), row, safe, w, style);
    }

    /** Draws {@code text} centred on {@code row}. */
    void centred(int row, String text, Style style) {
        String safe = fit(text, width);
        text((width - TerminalTextUtils.getColumnWidth(safe)) / 2, row, safe, style);
    }

    /** Fills a rectangle with {@code c}. */
    void fill(int col, int row, int w, int h, char c, Style style) {
        // One cell value for the whole rectangle: Lanterna would build a new one, string and all, per cell.
        TextCharacter cell = TextCharacter.fromCharacter(c, style.foreground(), style.background(),
                style.attributes().toArray(new SGR[0]))[0];
        for (int y = Math.max(0, row); y < Math.min(height, row + h); y++) {
            for (int x = Math.max(0, col); x < Math.min(width, col + w); x++) {
                graphics.setCharacter(x, y, cell);
            }
        }
    }

    /** Draws an empty box with a border; its inside is {@code w - 2} by {@code h - 2}. */
    void box(int col, int row, int w, int h, Style style) {
        String corners = glyphs.box();
        fill(col, row, w, h, ' ', style);
        fill(col + 1, row, w - 2, 1, glyphs.rule(), style);
        fill(col + 1, row + h - 1, w - 2, 1, glyphs.rule(), style);
        fill(col, row + 1, 1, h - 2, corners.charAt(4), style);
        fill(col + w - 1, row + 1, 1, h - 2, corners.charAt(4), style);
        fill(col, row, 1, 1, corners.charAt(0), style);
        fill(col + w - 1, row, 1, 1, corners.charAt(1), style);
        fill(col, row + h - 1, 1, 1, corners.charAt(2), style);
        fill(col + w - 1, row + h - 1, 1, 1, corners.charAt(3), style);
    }

    /** A full-width line of {@code style}, as behind a banner. */
    void band(int row, Style style) {
        fill(0, row, width, 1, ' ', style);
    }

    /** Turns every cell to reverse video and back: a flash that needs no colour. */
    void invert() {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                TextCharacter cell = graphics.getCharacter(x, y);
                if (cell != null) {
                    graphics.setCharacter(x, y, cell.isReversed() ? cell.withoutModifier(SGR.REVERSE)
                            : cell.withModifier(SGR.REVERSE));
                }
            }
        }
    }

    /** {@code text} made safe, spelled for the terminal's character set, and cut to {@code columns}. */
    private String fit(String text, int columns) {
        String fitted = Wrap.fit(glyphs.spell(SafeText.line(text)), columns);
        // The ellipsis that marks a cut is one cell wide; so is its stand-in.
        return glyphs == Glyphs.UNICODE ? fitted : fitted.replace(Wrap.ELLIPSIS, '.');
    }

    private void apply(Style style) {
        graphics.setForegroundColor(style.foreground());
        graphics.setBackgroundColor(style.background());
        graphics.setModifiers(style.attributes().isEmpty() ? EnumSet.noneOf(SGR.class)
                : EnumSet.copyOf(style.attributes()));
    }
}
