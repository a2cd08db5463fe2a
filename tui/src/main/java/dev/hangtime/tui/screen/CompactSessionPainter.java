package dev.hangtime.tui.screen;

import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.control.SessionView;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.StepText;
import dev.hangtime.core.text.Wrap;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The session in a window smaller than 80×24, so that it never runs blind: down to {@value #MIN_COLUMNS}×{@value
 * #MIN_ROWS} a compact screen (the time left, as large as fits, what to do and where it stands, its state or the
 * question asked, what comes next, the keys), and below that a single line with the same essentials.
 *
 * <pre>
 *  Inversion: first weeks   step 2 of 5
 *   INVERSION  Hold at 20–30°
 *  Table at 25°
 *       ██  ███ ███
 *   …
 *  ███████████░░░░░░░░░  0:17 of 1:00
 *  Next: Near horizontal — 1:00
 *  Space pause  → skip  q stop
 * </pre>
 */
final class CompactSessionPainter {

    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 10;

    private CompactSessionPainter() {
    }

    static void paint(Canvas canvas, SessionView view) {
        if (canvas.width() >= MIN_COLUMNS && canvas.height() >= MIN_ROWS) {
            compact(canvas, view);
        } else {
            canvas.text(0, canvas.height() / 2, oneLine(view, canvas.glyphs()), canvas.width(), style(canvas, view));
        }
    }

    private static void compact(Canvas canvas, SessionView view) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        String where = view.where();
        // Under 12 rows the routine's name gives its row to the time left, which then fits in block digits.
        boolean named = h >= 12;
        int row = 0;
        canvas.textRight(row, where, 1, p.plain());
        if (named) {
            canvas.text(1, row++, view.routineName(), w - where.length() - 4, p.strong());
        }
        int labelRow = row++;
        int labelRoom = w - (named ? 0 : where.length() + 2);
        view.shown().ifPresent(segment -> {
            int col = canvas.text(1, labelRow, " " + StepText.badge(segment.kind()) + " ", p.badge(segment.kind()));
            String prefix = view.state() == SessionState.READY ? "First: " : "";
            canvas.text(col + 2, labelRow, prefix + segment.label(), labelRoom - col - 3, p.kind(segment.kind()));
        });
        int stateRow = row++;
        Optional<String> said = said(view);
        if (said.isPresent()) {
            Style style = view.overlay() == SessionView.Overlay.NONE ? p.banner(banner(view.state()))
                    : p.banner(Palette.Banner.QUESTION);
            canvas.band(stateRow, style);
            canvas.text(1, stateRow, said.get(), w - 2, style);
        } else {
            view.shown().ifPresent(segment -> canvas.text(2, stateRow, StepText.details(segment,
                    canvas.glyphs().dot()), w - 3, p.plain()));
        }
        int top = row;
        int bottom = h - 4;
        view.shown().ifPresent(segment -> middle(canvas, view, segment, top, bottom - top + 1));
        view.shown().filter(segment -> !segment.isManual()).ifPresent(segment -> stepBar(canvas, view, segment, h - 3));
        String next = view.next().map(n -> n.title() + n.length().map(d -> " — " + DurationText.of(d))
                .orElse(" — when you are done")).orElse("the end");
        canvas.text(1, h - 2, "Next: " + next, w - 2, p.plain());
        keys(canvas, view).draw(canvas, h - 1);
    }

    /** The keys that matter most first, so that a narrow window still shows how to stop. */
    private static KeyHelp keys(Canvas canvas, SessionView view) {
        KeyHelp keys = new KeyHelp();
        switch (view.state()) {
            case READY:
                return keys.add("Space", "start").add("q", "quit").add("?", "help");
            case WAITING:
                keys.add("Enter", "done");
                break;
            case PAUSED:
                keys.add("Space", "resume");
                break;
            default:
                keys.add("Space", "pause");
        }
        return keys.add("q", "stop").add(canvas.glyphs().right(), "skip").add("?", "help")
                .add(canvas.glyphs().left(), "back");
    }

    /** The time left, as large as the rows allow; for a step that waits, what to do. */
    private static void middle(Canvas canvas, SessionView view, Segment segment, int top, int rows) {
        Palette p = canvas.palette();
        if (segment.isManual()) {
            List<String> lines = Wrap.lines(SafeText.block(segment.note().orElse(segment.label())),
                    canvas.width() - 4, rows);
            for (int i = 0; i < lines.size(); i++) {
                canvas.text(2, top + i, lines.get(i), p.strong());
            }
            return;
        }
        String time = DurationText.remaining(timeLeft(view, segment));
        int scale = BigDigits.fittingScale(time, canvas.width() - 2, rows);
        boolean frozen = view.state() == SessionState.PAUSED;
        Style style = frozen ? p.frozen() : view.finalSecondsLeft() > 0 ? p.alert() : p.kind(segment.kind());
        if (scale > 0) {
            BigDigits.draw(canvas, (canvas.width() - BigDigits.width(time, scale)) / 2,
                    top + (rows - BigDigits.height(scale)) / 2, time, scale,
                    frozen ? canvas.glyphs().shaded() : canvas.glyphs().solid(), style);
        } else {
            canvas.centred(top + rows / 2, time, style);
        }
    }

    private static void stepBar(Canvas canvas, SessionView view, Segment segment, int row) {
        Palette p = canvas.palette();
        Duration length = segment.length().orElseThrow();
        String soFar = DurationText.of(length.minus(timeLeft(view, segment))) + " of " + DurationText.of(length);
        int barWidth = canvas.width() - 5 - soFar.length();
        Bar.draw(canvas, 2, row, barWidth, view.state() == SessionState.READY ? 0.0
                : view.snapshot().segmentProgress(), p.kind(segment.kind()), p.muted());
        canvas.text(barWidth + 4, row, soFar, p.plain());
    }

    /**
     * The session in one line: the question asked, if any, else the time left (or that it waits), the label,
     * the state when it is not running, and what comes next.
     */
    static String oneLine(SessionView view, Glyphs glyphs) {
        Optional<String> question = question(view);
        if (question.isPresent()) {
            return question.get();
        }
        if (view.shown().isEmpty()) {
            return view.routineName();
        }
        Segment segment = view.shown().get();
        String time = segment.isManual() ? "Enter when done" : DurationText.remaining(timeLeft(view, segment));
        String state = view.state() == SessionState.PAUSED ? glyphs.dot() + "paused"
                : view.state() == SessionState.READY ? glyphs.dot() + "Space starts" : "";
        String next = view.next().map(n -> glyphs.dot() + "next " + n.label()).orElse("");
        return time + " " + segment.label() + state + next;
    }

    private static Duration timeLeft(SessionView view, Segment segment) {
        return view.snapshot().segmentRemaining().orElse(segment.length().orElse(Duration.ZERO));
    }

    /** What the state row says instead of the step's details: the question asked, or the state. */
    private static Optional<String> said(SessionView view) {
        Optional<String> question = question(view);
        if (question.isPresent()) {
            return question;
        }
        switch (view.state()) {
            case READY:
                return Optional.of("READY — Space starts");
            case PAUSED:
                return Optional.of("PAUSED — Space resumes");
            case WAITING:
                return Optional.of("YOUR TURN — Enter when done");
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> question(SessionView view) {
        switch (view.overlay()) {
            case CONFIRM_STOP:
                return Optional.of("Stop now? y: yes, any other key: no");
            case PAIN_BEFORE:
                String typed = view.painQuestion().map(q -> q.typed()).orElse("");
                return Optional.of("Pain now, 0–10? " + typed + (typed.isEmpty() ? "(Enter skips, Space starts)"
                        : " then Enter") + view.painQuestion().flatMap(q -> q.problem()).map(s -> " — " + s)
                        .orElse(""));
            case HELP:
                return Optional.of(KeyMap.LINES_HELP.replace("empty line: done", "Enter: done"));
            default:
                return Optional.empty();
        }
    }

    private static Palette.Banner banner(SessionState state) {
        switch (state) {
            case READY:
                return Palette.Banner.READY;
            case PAUSED:
                return Palette.Banner.PAUSED;
            default:
                return Palette.Banner.WAITING;
        }
    }

    private static Style style(Canvas canvas, SessionView view) {
        return view.overlay() != SessionView.Overlay.NONE ? canvas.palette().strong()
                : view.state() == SessionState.RUNNING ? canvas.palette().plain()
                : canvas.palette().banner(banner(view.state()));
    }
}
