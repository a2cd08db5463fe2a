package dev.hangtime.tui.screen;

import dev.hangtime.core.control.EndSummary;
import dev.hangtime.core.text.DurationText;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints the end of a session: the time spent, in block digits, how much of the plan was done (which skips and
 * waiting make differ from it), and the steps completed and skipped.
 */
final class EndPainter {

    private EndPainter() {
    }

    /** Paints it with {@code more} lines after how it went, and {@code keys} at the foot. */
    static void paint(Canvas canvas, EndSummary view, List<String> more, KeyHelp keys) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        canvas.text(1, 0, view.routineName(), w - 2, p.strong());
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        canvas.centred(3, view.completed() ? "Session complete. Well done." : "Session stopped.", p.strong());
        String time = DurationText.of(view.active());
        List<String> lines = new ArrayList<>(view.lines());
        lines.addAll(more);
        int digitRows = h - 4 - 2 - lines.size() - 3;
        int scale = Math.min(2, BigDigits.fittingScale(time, w - 4, digitRows));
        int row = 5;
        if (scale > 0) {
            BigDigits.draw(canvas, (w - BigDigits.width(time, scale)) / 2, row, time, scale,
                    canvas.glyphs().solid(), p.strong());
            row += BigDigits.height(scale) + 1;
        }
        for (String line : lines) {
            canvas.centred(row++, line, p.plain());
        }
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        keys.draw(canvas, h - 1);
    }

}
