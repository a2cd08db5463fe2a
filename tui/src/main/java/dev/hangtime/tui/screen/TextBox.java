package dev.hangtime.tui.screen;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A long text in a box over the page: a step's whole note, or the full safety text that the short check stands
 * for. The box shows the text from a given line; when the text is longer than the box, its foot says which lines
 * are shown and how to scroll.
 */
final class TextBox {

    private TextBox() {
    }

    /**
     * Draws {@code text}, its paragraphs split at blank lines, under {@code title}, from its line {@code top}.
     *
     * @param foot what the foot says when the whole text fits
     * @return the last line the box can start at (0 when the whole text fits), so that scrolling stops there
     */
    static int draw(Canvas canvas, String title, String text, String foot, int top) {
        Palette p = canvas.palette();
        int boxWidth = Math.min(canvas.width() - 2, 78);
        int textWidth = boxWidth - 6;
        int room = Math.max(1, canvas.height() - 2 - 5);
        List<String> lines = lines(text, textWidth);
        int lastTop = Math.max(0, lines.size() - room);
        int first = Math.max(0, Math.min(top, lastTop));
        List<String> shown = lines.subList(first, Math.min(lines.size(), first + room));
        int boxHeight = shown.size() + 5;
        int col = (canvas.width() - boxWidth) / 2;
        int row = Math.max(0, (canvas.height() - boxHeight) / 2);
        canvas.fill(0, row, canvas.width(), boxHeight, ' ', p.plain());
        canvas.box(col, row, boxWidth, boxHeight, p.plain());
        canvas.text(col + 2, row, " " + title + " ", boxWidth - 4, p.strong());
        for (int i = 0; i < shown.size(); i++) {
            canvas.text(col + 3, row + 2 + i, shown.get(i), textWidth, p.plain());
        }
        String scroll = (first + 1) + "–" + (first + shown.size()) + " of " + lines.size() + "   "
                + canvas.glyphs().spell("↑↓") + " PgUp PgDn scroll   any other key closes";
        canvas.text(col + 3, row + boxHeight - 2, lastTop == 0 ? foot : scroll, textWidth, p.muted());
        return lastTop;
    }

    /** The text's lines at {@code width}, a blank line between paragraphs. */
    private static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : SafeText.block(text).split("\n\\s*\n")) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(Wrap.lines(paragraph.replace('\n', ' '), width, Integer.MAX_VALUE));
        }
        return lines;
    }
}
