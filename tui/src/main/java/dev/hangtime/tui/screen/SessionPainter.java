package dev.hangtime.tui.screen;

import dev.hangtime.core.control.SessionView;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.StepText;
import dev.hangtime.core.text.Wrap;
import java.time.Duration;
import java.util.List;

/**
 * Paints the session screen: what to do now and for how long, big enough to follow from across the room.
 *
 * <pre>
 *  name                                        sound on · step 3 of 14     header
 *  ──────────────────────────────────────────────────────────────────     rule
 *   INVERSION   Inversion 20°                                             kind and label
 *  Round 1/2 · Table at 20°                                               where the step stands
 *  [ PAUSED — press Space to resume ]                                     state banner, when not running
 *                   ███ ███   ███ ███                                     time left, block digits
 *  ███████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:20 of 1:00              the step so far
 *  the step's note, up to three lines
 *  Session ████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  3:10 of 25:30             the session so far
 *  Next: Rest — 0:30
 *  ──────────────────────────────────────────────────────────────────
 *  Space pause   → skip   ← back   + 30 s   m sound   q stop   ? help     keys
 * </pre>
 */
final class SessionPainter {

    /** Rows above the middle (header, rule, label, details, banner) and below it (session, next, rule, keys). */
    static final int TOP = 5;
    static final int BOTTOM = 4;
    static final int NOTE_ROWS = 3;

    private SessionPainter() {
    }

    static void paint(Canvas canvas, SessionView view) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        header(canvas, view);
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        view.shown().ifPresent(segment -> {
            int col = canvas.text(1, 2, " " + StepText.badge(segment.kind()) + " ",
                    p.badge(segment.kind()));
            String prefix = view.state() == SessionState.READY ? "First: " : "";
            canvas.text(col + 2, 2, prefix + segment.label(), p.kind(segment.kind()));
            // Under the label, not under the badge: the body of the screen starts two columns in.
            canvas.text(2, 3, StepText.details(segment, canvas.glyphs().dot()), p.plain());
        });
        banner(canvas, view);
        middle(canvas, view, TOP, h - BOTTOM - TOP);
        sessionBar(canvas, view, h - 4);
        next(canvas, view, h - 3);
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        view.notice().ifPresent(notice -> canvas.text(2, h - 2, " " + notice.message() + " ", w - 4, p.warning()));
        keys(canvas, view).draw(canvas, h - 1);
    }

    private static void header(Canvas canvas, SessionView view) {
        String where = view.where();
        String right = view.sound().map(sound -> sound.label() + canvas.glyphs().dot()).orElse("")
                + where;
        canvas.textRight(0, right, 1, canvas.palette().plain());
        int room = canvas.width() - right.length() - 4;
        canvas.text(1, 0, view.routineName(), room, canvas.palette().strong());
    }

    private static void banner(Canvas canvas, SessionView view) {
        String text;
        Palette.Banner kind;
        switch (view.state()) {
            case READY:
                text = "READY — press Space to start";
                kind = Palette.Banner.READY;
                break;
            case PAUSED:
                text = "PAUSED — press Space to resume";
                kind = Palette.Banner.PAUSED;
                break;
            case WAITING:
                text = "YOUR TURN — press Enter when done";
                kind = Palette.Banner.WAITING;
                break;
            default:
                return;
        }
        Style style = canvas.palette().banner(kind);
        canvas.band(4, style);
        canvas.centred(4, text, style);
    }

    /** The time left in block digits, the step's bar and its note; or, for a step that waits, what to do. */
    private static void middle(Canvas canvas, SessionView view, int top, int rows) {
        if (view.shown().isEmpty()) {
            return;
        }
        Segment segment = view.shown().get();
        // Before the start, the routine's warnings take the note's place: the last moment to read them. Each has
        // a line of its own, the inversion reminder first; a routine planned past a limit says so here.
        boolean warn = view.state() == SessionState.READY && !view.warnings().isEmpty();
        if (warn) {
            int warningTop = top + rows - NOTE_ROWS;
            String all = String.join("\n", view.warnings().stream().map(w -> "! " + SafeText.line(w)).toList());
            List<String> lines = Wrap.lines(all, canvas.width() - 4, NOTE_ROWS);
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(2, warningTop + i, lines.get(i), canvas.palette().warning());
            }
        }
        if (segment.isManual()) {
            instruction(canvas, segment, top, warn ? rows - NOTE_ROWS : rows);
            return;
        }
        Palette p = canvas.palette();
        Duration length = segment.length().get();
        Duration left = view.snapshot().segmentRemaining().orElse(length);
        String time = DurationText.remaining(left);
        int digitRows = rows - 2 - NOTE_ROWS;
        int scale = BigDigits.fittingScale(time, canvas.width() - 4, digitRows);
        if (scale > 0) {
            int digitsTop = top + (digitRows - BigDigits.height(scale)) / 2;
            int col = (canvas.width() - BigDigits.width(time, scale)) / 2;
            boolean frozen = view.state() == SessionState.PAUSED;
            Style style = frozen ? p.frozen() : view.finalSecondsLeft() > 0 ? p.alert() : p.kind(segment.kind());
            char cell = frozen ? canvas.glyphs().shaded() : canvas.glyphs().solid();
            BigDigits.draw(canvas, col, digitsTop, time, scale, cell, style);
        } else {
            canvas.centred(top + digitRows / 2, time, p.kind(segment.kind()));
        }
        int barRow = top + digitRows + 1;
        String soFar = DurationText.of(length.minus(left)) + " of " + DurationText.of(length);
        int barWidth = canvas.width() - 5 - soFar.length();
        Bar.draw(canvas, 2, barRow, barWidth, view.state() == SessionState.READY ? 0.0
                : view.snapshot().segmentProgress(), p.kind(segment.kind()), p.muted());
        canvas.text(barWidth + 4, barRow, soFar, p.plain());
        segment.note().filter(note -> !warn).ifPresent(note -> {
            List<String> lines = Wrap.lines(SafeText.block(note), canvas.width() - 4, NOTE_ROWS);
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(2, barRow + 1 + i, lines.get(i), p.plain());
            }
        });
    }

    /** A step that waits for the user: its instruction, large in the middle of the screen. */
    private static void instruction(Canvas canvas, Segment segment, int top, int rows) {
        String text = segment.note().orElse(segment.label());
        List<String> lines = Wrap.lines(SafeText.block(text), Math.min(canvas.width() - 8, 72), rows - 2);
        int first = top + 1 + (rows - 2 - lines.size()) / 2;
        for (int i = 0; i < lines.size(); i++) {
            canvas.centred(first + i, lines.get(i), canvas.palette().strong());
        }
    }

    private static void sessionBar(Canvas canvas, SessionView view, int row) {
        Palette p = canvas.palette();
        SessionSnapshot snap = view.snapshot();
        String soFar = DurationText.of(snap.done()) + " of " + DurationText.of(snap.total());
        int col = canvas.text(1, row, "Session", p.strong()) + 1;
        int barWidth = canvas.width() - col - 3 - soFar.length();
        Bar.draw(canvas, col, row, barWidth, snap.sessionProgress(), p.strong(), p.muted());
        canvas.text(col + barWidth + 2, row, soFar, p.plain());
    }

    private static void next(Canvas canvas, SessionView view, int row) {
        Palette p = canvas.palette();
        long finalSeconds = view.finalSecondsLeft();
        String lead = finalSeconds > 0 ? "Next in " + finalSeconds + " s: " : "Next: ";
        int col = canvas.text(1, row, lead, finalSeconds > 0 ? p.strong() : p.plain());
        if (view.next().isEmpty()) {
            canvas.text(col, row, "the end", p.plain());
            return;
        }
        Segment next = view.next().get();
        String length = next.length().map(d -> " — " + DurationText.of(d)).orElse(" — when you are done");
        canvas.text(col, row, next.title() + length, p.kind(next.kind()));
    }

    static KeyHelp keys(Canvas canvas, SessionView view) {
        Glyphs g = canvas.glyphs();
        KeyHelp keys = new KeyHelp();
        switch (view.state()) {
            case READY:
                keys.add("Space", "start");
                break;
            case WAITING:
                keys.add("Enter", "done").add("Space", "pause");
                break;
            case PAUSED:
                keys.add("Space", "resume");
                break;
            default:
                keys.add("Space", "pause");
        }
        if (view.state() != SessionState.READY) {
            keys.add(g.right(), "skip").add(g.left(), "back");
            // + lengthens a timed step while it runs or is paused alike.
            if (view.state() == SessionState.RUNNING || view.state() == SessionState.PAUSED && !view.manual()) {
                keys.add("+", "30 s");
            }
        }
        if (view.sound().isPresent()) {
            keys.add("m", view.sound().get().state() == SoundStatus.State.MUTED ? "sound" : "mute");
        }
        keys.add("q", view.state() == SessionState.READY ? "quit" : "stop");
        if (noteCut(canvas, view)) {
            keys.add("i", "note");
        }
        return keys.add("?", "help");
    }

    /**
     * Whether the screen shows less of the step's note than there is: cut to its first lines, or, before the start,
     * hidden behind the routine's warnings. Then the key bar offers the box that shows it whole.
     */
    private static boolean noteCut(Canvas canvas, SessionView view) {
        if (view.shown().isEmpty() || view.shown().get().note().isEmpty()) {
            return false;
        }
        Segment segment = view.shown().get();
        boolean warn = view.state() == SessionState.READY && !view.warnings().isEmpty();
        int rows = canvas.height() - BOTTOM - TOP - (warn ? NOTE_ROWS : 0);
        if (segment.isManual()) {
            int room = Math.max(0, rows - 2);
            String text = SafeText.block(segment.note().get());
            return Wrap.lines(text, Math.min(canvas.width() - 8, 72), Integer.MAX_VALUE).size() > room;
        }
        return warn || Wrap.lines(SafeText.block(segment.note().get()), canvas.width() - 4, Integer.MAX_VALUE).size()
                > NOTE_ROWS;
    }
}
