package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.routines.files.IoTrouble;
import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalContents;
import dev.hangtime.routines.journal.JournalProblem;
import dev.hangtime.routines.journal.Stats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Past sessions and how the back is doing: the stats of the last weeks above, every session below, the newest
 * first. The journal is read once the page has first been drawn (saying it is reading), on a thread of its own:
 * a journal of years takes a second or more to read, and the keys work meanwhile. Esc goes back to the page it
 * came from as that page was.
 */
final class HistoryPage extends StillPage {

    private final Supplier<History> reader;
    private final Clock clock;
    private final Page back;
    private final Background background;
    /** The journal as the screen tells it, once it is read; null until it is asked for. */
    private CompletableFuture<HistoryView.Journal> journal;
    private int top;
    private int listRows = 8;

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
        super(HelpText::history);
        this.reader = reader;
        this.clock = clock;
        this.back = back;
        this.background = new Background(executor, wake);
    }

    @Override
    public void shown() {
        if (journal == null) {
            journal = background.start(this::read);
        }
    }

    private HistoryView.Journal read() {
        try {
            return journal(reader.get(), clock);
        } catch (OutOfMemoryError e) {
            // Reading holds a small record per session, so only a journal of tens of thousands of sessions gets
            // here; what was read is garbage now, and the app goes on.
            return unread("the journal is too large to read in the memory the app has; nothing of it is shown");
        } catch (RuntimeException | StackOverflowError e) {
            String why = IoTrouble.words(e instanceof java.io.UncheckedIOException ? e.getCause() : e);
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
        List<HistoryText.Row> rows = HistoryText.rows(history.sessions(), history.painDays(), clock.getZone());
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
    void paint(Canvas canvas) {
        listRows = HistoryPainter.paint(canvas, view());
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        OptionalInt target = ListKeys.target(key.getKeyType(), top, listRows);
        if (target.isPresent()) {
            scrollTo(target.getAsInt());
            return Turn.stay();
        }
        boolean leave = key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Tab
                || typed(key).filter(c -> c == 'q' || c == 'Q').isPresent();
        return leave ? Turn.to(back) : Turn.stay();
    }

    /** What the screen shows now. */
    HistoryView view() {
        return new HistoryView(journalIfRead(), top);
    }

    /** Scrolls so that the list starts at {@code index}, as far as there are sessions to show. */
    private void scrollTo(int index) {
        int sessions = journalIfRead().map(j -> j.sessions().size()).orElse(0);
        top = Math.max(0, Math.min(index, sessions - listRows));
    }

    /** The journal if it has been read, without waiting for it. */
    private Optional<HistoryView.Journal> journalIfRead() {
        return journal == null ? Optional.empty() : Optional.ofNullable(journal.getNow(null));
    }
}
