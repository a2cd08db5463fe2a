package dev.hangtime.tui.screen;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A long text in a box over the page, as much of it as fits: a step's whole note, or the full safety text that
 * the short check stands for.
 */
final class TextBox {

    private TextBox() {
    }

    /** Draws {@code text}, its paragraphs split at blank lines, under {@code title}, with {@code foot} below. */
    static void draw(Canvas canvas, String title, String text, String foot) {
        Palette p = canvas.palette();
        int boxWidth = Math.min(canvas.width() - 2, 78);
        int textWidth = boxWidth - 6;
        int room = Math.max(1, canvas.height() - 2 - 5);
        List<String> lines = new ArrayList<>();
        for (String paragraph : SafeText.block(text).split("\n\\s*\n")) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(Wrap.lines(paragraph.replace('\n', ' '), textWidth, Integer.MAX_VALUE));
        }
        if (lines.size() > room) {
            lines = new ArrayList<>(lines.subList(0, room));
            lines.set(room - 1, Wrap.fit(lines.get(room - 1) + " " + Wrap.ELLIPSIS, textWidth));
        }
        int boxHeight = lines.size() + 5;
        int col = (canvas.width() - boxWidth) / 2;
        int row = Math.max(0, (canvas.height() - boxHeight) / 2);
        canvas.fill(0, row, canvas.width(), boxHeight, ' ', p.plain());
        canvas.box(col, row, boxWidth, boxHeight, p.plain());
        canvas.text(col + 2, row, " " + title + " ", p.strong());
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(col + 3, row + 2 + i, lines.get(i), textWidth, p.plain());
        }
        canvas.text(col + 3, row + boxHeight - 2, foot, textWidth, p.muted());
    }
}
