package dev.hangtime.tui.screen;

import dev.hangtime.core.text.Wrap;
import java.util.List;

/** Says how large the window must be, instead of drawing a screen that does not fit. */
final class TooSmallPainter {

    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;

    private TooSmallPainter() {
    }

    static boolean tooSmall(int columns, int rows) {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    static void paint(Canvas canvas) {
        String text = canvas.glyphs().spell("Make the window at least " + MIN_COLUMNS + "×" + MIN_ROWS
                + " for Hangtime (it is " + canvas.width() + "×" + canvas.height() + " now).");
        List<String> lines = Wrap.lines(text, Math.max(1, canvas.width() - 2), Math.max(1, canvas.height()));
        int top = Math.max(0, (canvas.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.centred(top + i, lines.get(i), canvas.palette().strong());
        }
    }
}
