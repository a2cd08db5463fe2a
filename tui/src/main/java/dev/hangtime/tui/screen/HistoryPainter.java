package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.history.StatsText;
import dev.hangtime.routines.journal.Stats;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Paints the history: the streak, minutes by kind and pain week by week, then the sessions, the newest first.
 *
 * <pre>
 *  History                                                            12 sessions
 *  ────────────────────────────────────────────────────────────────────────────────
 *  Streak: 3 days in a row, today included.
 *  Week of     inversion  core  walk  heat   ice  minutes     pain before → after
 *  26 Jan              0     0     0     0     0                        – → –
 *  …
 *  This week           5     8     0    15    15  ███████████████     5.7 → 3.5
 *  8 weeks            10    38    22    30    40                      7.0 → 5.2
 * ─ Sessions ──────────────────────────────────────────────────────── 1–7 of 12 ──
 *  2026-03-18 07:30  Morning inversion   5:00  pain 5 → 3  completed
 *  …
 *  ! Journal: laptop.jsonl:68: the last line is incomplete (a crash or power los…
 * ────────────────────────────────────────────────────────────────────────────────
 *  ↑↓ scroll   PgUp PgDn page   Esc back   ? help
 * </pre>
 */
final class HistoryPainter {

    /** The columns of the weeks: their label, then minutes of each kind in {@link Stats#KINDS}. */
    private static final String WEEK_FORMAT = " %-11s%10s%6s%6s%6s%6s";
    /** The column of the minutes in all, after the minutes of each kind. */
    private static final int BAR_COL = 48;
    /** The minutes in all are written before their bar, in this many columns and a space. */
    private static final int TOTAL_WIDTH = 4;
    /** The width of the pain figures, " 5.5 → 3.0 ", placed so that their arrow is under the heading's. */
    private static final int PAIN_WIDTH = 11;
    private static final int ROUTINE_WIDTH = 24;

    private HistoryPainter() {
    }

    /** Paints {@code view}. @return how many sessions the list shows at once, for paging through them */
    static int paint(Canvas canvas, HistoryView view) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        canvas.text(1, 0, "History", p.strong());
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        keys(canvas).draw(canvas, h - 1);
        if (view.journal().isEmpty()) {
            canvas.centred(h / 2 - 1, "Reading the journal…", p.muted());
            return 1;
        }
        HistoryView.Journal journal = view.journal().get();
        int count = journal.sessions().size();
        long sessionCount = journal.sessions().stream().filter(r -> !r.painDay()).count();
        if (sessionCount > 0) {
            canvas.textRight(0, sessionCount == 1 ? "1 session" : sessionCount + " sessions", 1, p.plain());
        }
        int foot = h - 2;
        if (!journal.problems().isEmpty()) {
            foot--;
            problems(canvas, foot, journal.problems());
        }
        if (journal.isEmpty()) {
            nothingYet(canvas, 3, foot, !journal.problems().isEmpty());
            return 1;
        }
        int row = stats(canvas, 2, journal.stats());
        canvas.fill(0, row, w, 1, canvas.glyphs().rule(), p.muted());
        canvas.text(1, row, " Sessions ", p.strong());
        int listTop = row + 1;
        int rows = Math.max(1, foot - listTop);
        if (count == 0) {
            canvas.text(1, listTop, "No sessions yet: Esc goes back to the library, where Enter runs a routine.",
                    p.muted());
            return rows;
        }
        int top = Math.max(0, Math.min(view.top(), count - rows));
        int shown = Math.min(rows, count - top);
        if (shown < count) {
            canvas.textRight(row, " " + (top + 1) + "–" + (top + shown) + " of " + count + " ", 2, p.plain());
        }
        sessions(canvas, listTop, journal.sessions(), top, shown);
        return rows;
    }

    /** The streak, a line per week and a line for all of them. @return the row after them */
    private static int stats(Canvas canvas, int row, Stats stats) {
        Palette p = canvas.palette();
        int w = canvas.width();
        canvas.text(1, row++, StatsText.streak(stats), p.plain());
        canvas.text(0, row, String.format(WEEK_FORMAT, "Week of", "inversion", "core", "walk", "heat", "ice"),
                p.strong());
        canvas.text(BAR_COL, row, "minutes", p.muted());
        canvas.textRight(row++, "pain before → after", 1, p.strong());
        long most = 0;
        for (Stats.Week week : stats.weeks()) {
            most = Math.max(most, Arrays.stream(minutes(week)).sum());
        }
        int barWidth = w - BAR_COL - TOTAL_WIDTH - 1 - PAIN_WIDTH - 4;
        long[] all = new long[Stats.KINDS.size()];
        for (int i = 0; i < stats.weeks().size(); i++) {
            Stats.Week week = stats.weeks().get(i);
            boolean thisWeek = i == stats.weeks().size() - 1;
            long[] minutes = minutes(week);
            for (int k = 0; k < all.length; k++) {
                all[k] += minutes[k];
            }
            figures(canvas, row, thisWeek ? "This week" : StatsText.shortWeek(week.monday()), minutes,
                    week.painBefore(), week.painAfter(), thisWeek ? p.strong() : p.plain());
            bar(canvas, row++, week, most, barWidth);
        }
        figures(canvas, row++, Stats.WEEKS + " weeks", all, stats.painBefore(), stats.painAfter(), p.strong());
        return row;
    }

    private static void figures(Canvas canvas, int row, String label, long[] minutes, OptionalDouble before,
            OptionalDouble after, Style style) {
        Object[] cells = new Object[minutes.length + 1];
        cells[0] = label;
        for (int k = 0; k < minutes.length; k++) {
            cells[k + 1] = Long.toString(minutes[k]);
        }
        canvas.text(0, row, String.format(WEEK_FORMAT, cells), style);
        // The minutes in all as a figure beside the bar, which says the same only by its length.
        canvas.text(BAR_COL, row, String.format("%" + TOTAL_WIDTH + "d", Arrays.stream(minutes).sum()), style);
        String pain = String.format("%4s → %-4s", StatsText.score(before), StatsText.score(after));
        canvas.text(canvas.width() - PAIN_WIDTH - 2, row, pain, style);
    }

    /** The week's minutes as a bar, {@code most} minutes filling {@code width}, each kind in its colour. */
    private static void bar(Canvas canvas, int row, Stats.Week week, long most, int width) {
        if (most == 0 || width <= 0) {
            return;
        }
        long sum = 0;
        int from = 0;
        for (SegmentKind kind : Stats.KINDS) {
            sum += StatsText.minutes(week.time().get(kind));
            int to = (int) Math.round((double) sum * width / most);
            if (sum > 0 && to == 0) {
                // A few minutes still show: a week with any is never blank.
                to = 1;
            }
            canvas.fill(BAR_COL + TOTAL_WIDTH + 1 + from, row, to - from, 1, canvas.glyphs().full(),
                    canvas.palette().kind(kind));
            from = Math.max(from, to);
        }
    }

    private static long[] minutes(Stats.Week week) {
        long[] minutes = new long[Stats.KINDS.size()];
        for (int k = 0; k < minutes.length; k++) {
            minutes[k] = StatsText.minutes(week.time().get(Stats.KINDS.get(k)));
        }
        return minutes;
    }

    /**
     * The sessions from {@code top}, a line each: when, routine, time, pain, how it ended, the note, and the zone
     * of a session that started in another. The columns fit every session, so that they stay put as the list
     * scrolls.
     */
    private static void sessions(Canvas canvas, int listTop, List<HistoryText.Row> sessions, int top, int shown) {
        Palette p = canvas.palette();
        int routine = 0;
        int time = 0;
        int pain = 0;
        for (HistoryText.Row row : sessions) {
            routine = Math.min(ROUTINE_WIDTH, Math.max(routine, columns(row.routine())));
            time = Math.max(time, columns(row.time()));
            pain = Math.max(pain, columns(canvas.glyphs().spell(row.pain())));
        }
        for (int i = 0; i < shown; i++) {
            HistoryText.Row row = sessions.get(top + i);
            int y = listTop + i;
            int col = canvas.text(1, y, row.when(), p.plain()) + 2;
            canvas.text(col, y, row.routine(), routine, p.strong());
            col += routine + 2;
            canvas.text(col + time - columns(row.time()), y, row.time(), p.plain());
            col += time + 2;
            if (pain > 0) {
                canvas.text(col, y, row.pain(), p.plain());
                col += pain + 2;
            }
            col = canvas.text(col, y, row.outcome(),
                    row.outcome().equals("completed") || row.painDay() ? p.plain() : p.warning());
            if (row.note().isPresent()) {
                col = canvas.text(col + 2, y, HistoryText.quoted(row.note().get()), p.muted());
            }
            if (row.zone().isPresent()) {
                canvas.text(col + 2, y, "(" + row.zone().get() + " time)", p.muted());
            }
        }
    }

    private static void nothingYet(Canvas canvas, int row, int foot, boolean problems) {
        Palette p = canvas.palette();
        String heading = problems ? "No sessions to show: what could not be read is said below." : "No sessions yet.";
        canvas.text(2, row, heading, p.strong());
        String text = "Each session you run is kept here: when, which routine, how long, how it ended, and your pain"
                + " before and after, with your streak and minutes week by week.\n\nEsc goes back to the library:"
                + " choose a routine there and press Enter to run it. On a day without a session, hangtime pain N"
                + " keeps a pain score from 0 to 10 for the trend.";
        List<String> lines = Wrap.lines(text, canvas.width() - 4, Math.max(1, foot - row - 2));
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(2, row + 2 + i, lines.get(i), p.plain());
        }
    }

    /** What could not be read, in one line: the first problem, and how many there are. */
    private static void problems(Canvas canvas, int row, List<String> problems) {
        String text = (problems.size() == 1 ? "! Journal: " : "! Journal, " + problems.size() + " problems: ")
                + problems.get(0);
        canvas.text(1, row, text, canvas.width() - 2, canvas.palette().error());
    }

    private static int columns(String text) {
        return TerminalTextUtils.getColumnWidth(SafeText.line(text));
    }

    private static KeyHelp keys(Canvas canvas) {
        String upDown = canvas.glyphs() == Glyphs.UNICODE ? "↑↓" : "Up Down";
        return new KeyHelp().add(upDown, "scroll").add("PgUp PgDn", "page").add("Esc", "back").add("?", "help");
    }
}
