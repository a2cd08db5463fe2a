package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalContents;
import dev.hangtime.routines.journal.JournalProblem;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.journal.Stats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Past sessions and how the back is doing: the stats of the last weeks above, every session below, the newest
 * first. The journal is read once the page has first been drawn (saying it is reading), on a thread of its own:
 * a journal of years takes a second or more to read, and the keys work meanwhile. Esc goes back to the page it
 * came from as that page was.
 */
final class HistoryPage implements Page {

    private final Supplier<History> reader;
    private final Clock clock;
    private final Page back;
    private final Executor executor;
    private final Runnable wake;
    private final CompletableFuture<HistoryView.Journal> journal = new CompletableFuture<>();
    private boolean reading;
    private int top;
    private int listRows = 8;
    private boolean help;

    /**
     * @param folder the journal folder
     * @param clock says what day it is, and in which zone sessions are at home
     * @param back where Esc goes
     */
    HistoryPage(Path folder, Clock clock, Page back) {
        this(() -> History.read(folder), clock, back, Runnable::run, () -> { });
    }

    HistoryPage(Supplier<History> reader, Clock clock, Page back) {
        this(reader, clock, back, Runnable::run, () -> { });
    }

    /**
     * @param executor where the journal is read
     * @param wake tells the app's loop that it has been read
     */
    HistoryPage(Supplier<History> reader, Clock clock, Page back, Executor executor, Runnable wake) {
        this.reader = reader;
        this.clock = clock;
        this.back = back;
        this.executor = executor;
        this.wake = wake;
    }

    @Override
    public void shown() {
        if (reading) {
            return;
        }
        reading = true;
        executor.execute(() -> {
            journal.complete(read());
            wake.run();
        });
    }

    private HistoryView.Journal read() {
        try {
            return journal(reader.get(), clock);
        } catch (OutOfMemoryError e) {
            // Reading holds a small record per session, so only a journal of tens of thousands of sessions gets
            // here; what was read is garbage now, and the app goes on.
            return unread("the journal is too large to read in the memory the app has; nothing of it is shown");
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return unread("the journal could not be read (" + why + "); nothing of it is shown");
        }
    }

    private HistoryView.Journal unread(String problem) {
        History nothing = History.of(new JournalContents(List.of(), List.of()));
        return new HistoryView.Journal(Stats.of(nothing, LocalDate.now(clock)), List.of(), 0, List.of(problem));
    }

    /** What the screen tells of {@code history}, as of the day {@code clock} gives. */
    static HistoryView.Journal journal(History history, Clock clock) {
        Stats stats = Stats.of(history, LocalDate.now(clock));
        List<HistoryText.Row> rows = new ArrayList<>();
        for (SessionRecord session : history.sessions()) {
            rows.add(HistoryText.row(session, clock.getZone()));
        }
        List<String> problems = new ArrayList<>();
        for (JournalProblem problem : history.problems()) {
            // The folder is the same for every file; its name says which.
            Path name = problem.file().getFileName();
            problems.add(new JournalProblem(name == null ? problem.file() : name, problem.line(), problem.message())
                    .toString());
        }
        return new HistoryView.Journal(stats, rows, history.painDays().size(), problems);
    }

    @Override
    public Turn update() {
        return Turn.stay();
    }

    @Override
    public void draw(Canvas canvas) {
        listRows = HistoryPainter.paint(canvas, view());
        if (help) {
            Overlay.keys(canvas, "Keys", HelpText.history(canvas.glyphs()), HelpText.FOOT);
        }
    }

    /** Nothing here changes by itself. */
    @Override
    public OptionalLong redrawAt() {
        return OptionalLong.empty();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        if (Command.isInterrupt(key)) {
            return interrupt();
        }
        if (help) {
            help = false;
            return Turn.stay();
        }
        switch (key.getKeyType()) {
            case ArrowUp:
                scrollTo(top - 1);
                break;
            case ArrowDown:
                scrollTo(top + 1);
                break;
            case PageUp:
                scrollTo(top - Math.max(1, listRows - 1));
                break;
            case PageDown:
                scrollTo(top + Math.max(1, listRows - 1));
                break;
            case Home:
                scrollTo(0);
                break;
            case End:
                scrollTo(Integer.MAX_VALUE);
                break;
            case Escape:
            case Tab:
                return Turn.to(back);
            case Character:
                return typed(key);
            default:
                break;
        }
        return Turn.stay();
    }

    /** Ctrl-C here: nothing runs, so leave at once. */
    @Override
    public Turn interrupt() {
        return Turn.exit(ExitStatus.INTERRUPTED);
    }

    /** What the screen shows now. */
    HistoryView view() {
        return new HistoryView(Optional.ofNullable(journal.getNow(null)), top);
    }

    private Turn typed(KeyStroke key) {
        if (key.isCtrlDown() || key.isAltDown()) {
            return Turn.stay();
        }
        char c = key.getCharacter();
        if (c == 'q' || c == 'Q') {
            return Turn.to(back);
        }
        if (c == '?') {
            help = true;
        }
        return Turn.stay();
    }

    /** Scrolls so that the list starts at {@code index}, as far as there are sessions to show. */
    private void scrollTo(int index) {
        int sessions = Optional.ofNullable(journal.getNow(null)).map(j -> j.sessions().size()).orElse(0);
        top = Math.max(0, Math.min(index, sessions - listRows));
    }
}
