package dev.hangtime.tui.screen;

import java.util.List;

/**
 * Paints the library's Today section, on top: the sessions due today in the plans being followed, the chosen one
 * marked when the section has the keys.
 *
 * <pre>
 *  Today                                   Enter runs it with this week's values
 *  ▶ to do      Walking: an easy walk — main walk 6 min (10:00)       Walking: 12 weeks, week 1
 *    done       Heat pack (or ice) (15:00)                            After a spasm, week 1
 *  ──────────────────────────────────────────────────────────────────────────────
 * </pre>
 */
final class TodayPainter {

    /** At most this many sessions are listed, so that the library keeps room below. */
    static final int MAX_ROWS = 6;

    private TodayPainter() {
    }

    /** Paints {@code items} with {@code selected} chosen (-1 for none). @return the rows it took */
    static int paint(Canvas canvas, List<TodayItem> items, int selected) {
        if (items.isEmpty()) {
            return 0;
        }
        Palette p = canvas.palette();
        int w = canvas.width();
        canvas.text(1, 0, "Today", p.strong());
        canvas.textRight(0, "Enter runs it with this week's values", 1, p.muted());
        int shown = Math.min(items.size(), MAX_ROWS);
        int top = Math.max(0, selected - shown + 1);
        for (int i = 0; i < shown; i++) {
            int index = top + i;
            TodayItem item = items.get(index);
            int row = 1 + i;
            boolean chosen = index == selected;
            if (chosen) {
                canvas.band(row, p.selected());
            }
            int col = canvas.text(1, row, chosen ? canvas.glyphs().pointer() + " " : "  ",
                    chosen ? p.selected() : p.plain());
            col = canvas.text(col, row, String.format("%-11s", item.state()), chosen ? p.selected() : p.strong());
            // The session comes first; its plan follows on the right where the line has room for it.
            int room = w - col - 2;
            boolean planFits = item.title().length() + 3 + item.plan().length() <= room;
            canvas.text(col, row, item.title(), room, chosen ? p.selected() : p.plain());
            if (planFits) {
                canvas.textRight(row, item.plan(), 2, chosen ? p.selected() : p.muted());
            }
        }
        canvas.fill(0, shown + 1, w, 1, canvas.glyphs().rule(), p.muted());
        return shown + 2;
    }
}
