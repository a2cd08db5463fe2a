package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.routines.library.Listing;
import java.util.List;

/**
 * Paints the library: the routines that match the filter, one a line with their tags and length, and below
 * them everything about the chosen one.
 *
 * <pre>
 *  Hangtime                                           13 routines
 *  ──────────────────────────────────────────────────────────────
 *  Find: inv▏
 *  ▶ Inversion, first weeks        inversion, beginner       5:30     the list
 *  ──────────────────────────────────────────────────────────────
 *  Inversion, first weeks                                             the detail pane
 *  …
 *  ─────────────────────────────────────────────── PgDn: more ──
 *  ↑↓ choose   Enter run   Tab history   PgUp PgDn details   Esc quit   ? help
 * </pre>
 */
final class LibraryPainter {

    static final int LIST_TOP = 3;

    private LibraryPainter() {
    }

    /** Paints {@code view}. @return how many rows the detail pane has, for paging through it */
    static int paint(Canvas canvas, LibraryView view) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        canvas.text(1, 0, "Hangtime", p.strong());
        String count = view.total() + (view.total() == 1 ? " routine" : " routines")
                + (view.broken() > 0 ? ", " + view.broken() + " cannot be read" : "");
        canvas.textRight(0, count, 1, p.plain());
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        int col = canvas.text(1, 2, "Find: ", p.strong());
        if (view.filter().isEmpty()) {
            canvas.text(col, 2, "type part of a name or a tag", p.muted());
        } else {
            canvas.text(col, 2, view.filter() + "_", p.plain());
        }
        int available = h - LIST_TOP - 2;
        int listRows = Math.min(Math.max(1, view.shown().size()), Math.max(4, available * 2 / 5));
        list(canvas, view, listRows);
        int ruleRow = LIST_TOP + listRows;
        canvas.fill(0, ruleRow, w, 1, canvas.glyphs().rule(), p.muted());
        int detailRows = h - 2 - ruleRow - 1;
        boolean more = detail(canvas, view, ruleRow + 1, detailRows);
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        if (more) {
            canvas.textRight(h - 2, " PgDn: more ", 2, p.plain());
        }
        keys(canvas, view).draw(canvas, h - 1);
        return detailRows;
    }

    private static void list(Canvas canvas, LibraryView view, int rows) {
        Palette p = canvas.palette();
        if (view.shown().isEmpty()) {
            canvas.text(3, LIST_TOP, "Nothing matches. Backspace takes back a letter; Esc clears the filter.",
                    p.muted());
            return;
        }
        // The chosen line is kept on screen: the list scrolls only as far as it must.
        int top = Math.max(0, view.selected() - rows + 1);
        for (int i = 0; i < rows && top + i < view.shown().size(); i++) {
            int index = top + i;
            row(canvas, LIST_TOP + i, view.shown().get(index), index == view.selected());
        }
    }

    private static void row(Canvas canvas, int row, Listing listing, boolean chosen) {
        Palette p = canvas.palette();
        int w = canvas.width();
        if (chosen) {
            canvas.band(row, p.selected());
        }
        String pointer = chosen ? canvas.glyphs().pointer() + " " : "  ";
        int col = canvas.text(1, row, pointer, chosen ? p.selected() : p.plain());
        if (listing instanceof Listing.Broken) {
            Listing.Broken broken = (Listing.Broken) listing;
            canvas.text(col, row, "! " + broken.problems().get(0), w - col - 1, chosen ? p.selected() : p.error());
            return;
        }
        Routine routine = ((Listing.Entry) listing).entry().routine();
        String total = DurationText.of(((Listing.Entry) listing).timeline().total());
        int nameWidth = Math.min(36, (w - col - total.length() - 4) / 2 + 6);
        canvas.text(col, row, routine.name(), nameWidth, chosen ? p.selected() : p.strong());
        int tagsCol = col + nameWidth + 2;
        canvas.text(tagsCol, row, String.join(", ", routine.tags()), w - tagsCol - total.length() - 3,
                chosen ? p.selected() : p.muted());
        canvas.textRight(row, total, 2, chosen ? p.selected() : p.plain());
    }

    /** @return whether there is more below what fits */
    private static boolean detail(Canvas canvas, LibraryView view, int top, int rows) {
        if (view.chosen().isEmpty() || rows <= 0) {
            return false;
        }
        List<DetailLine> lines = LibraryDetail.lines(view.chosen().get(), canvas.width() - 4);
        int first = Math.max(0, Math.min(view.detailTop(), lines.size() - rows));
        for (int i = 0; i < rows && first + i < lines.size(); i++) {
            DetailLine line = lines.get(first + i);
            canvas.text(2, top + i, line.text(), style(canvas.palette(), line.role()));
        }
        return first + rows < lines.size();
    }

    private static Style style(Palette p, DetailLine.Role role) {
        switch (role) {
            case HEADING:
                return p.strong();
            case MUTED:
                return p.muted();
            case WARNING:
                return p.warning();
            case ERROR:
                return p.error();
            default:
                return p.plain();
        }
    }

    private static KeyHelp keys(Canvas canvas, LibraryView view) {
        Glyphs g = canvas.glyphs();
        String upDown = g == Glyphs.UNICODE ? "↑↓" : "Up Down";
        return new KeyHelp().add(upDown, "choose").add("Enter", "run").add("Tab", "history")
                .add("PgUp PgDn", "details")
                .add("Esc", view.filter().isEmpty() ? "quit" : "clear").add("?", "help");
    }
}
