package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.library.Listing;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The library: every routine, filtered by what the user types, with the chosen one's details; Enter runs it,
 * and its session comes back here when it is over. Tab opens the history, which comes back here as it was.
 */
final class LibraryPage implements Page {

    private final List<Listing> all;
    private final BiFunction<Timeline, Afterwards, Page> sessions;
    private final UnaryOperator<Page> history;
    private final Afterwards backHere;
    private String filter = "";
    private List<Listing> shown;
    private int selected;
    private int detailTop;
    private int detailRows = 10;
    private boolean help;

    /**
     * @param sessions makes the session page for a routine's timeline, which goes where it is told at its end
     * @param history makes the history page, given the page it goes back to
     */
    LibraryPage(List<Listing> all, BiFunction<Timeline, Afterwards, Page> sessions, UnaryOperator<Page> history) {
        this.all = List.copyOf(all);
        this.sessions = sessions;
        this.history = history;
        this.backHere = new Afterwards("back to the library", status -> Turn.to(this));
        this.shown = this.all;
    }

    @Override
    public Turn update() {
        return Turn.stay();
    }

    @Override
    public void draw(Canvas canvas) {
        detailRows = LibraryPainter.paint(canvas, view());
        if (help) {
            Overlay.keys(canvas, "Keys", HelpText.library(canvas.glyphs()), HelpText.FOOT);
        }
    }

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
                select(selected - 1);
                break;
            case ArrowDown:
                select(selected + 1);
                break;
            case Home:
                select(0);
                break;
            case End:
                select(shown.size() - 1);
                break;
            case PageDown:
                detailTop += Math.max(1, detailRows - 1);
                break;
            case PageUp:
                detailTop = Math.max(0, detailTop - Math.max(1, detailRows - 1));
                break;
            case Backspace:
                if (!filter.isEmpty()) {
                    setFilter(filter.substring(0, filter.length() - 1));
                }
                break;
            case Escape:
                if (filter.isEmpty()) {
                    return Turn.exit(ExitStatus.COMPLETED);
                }
                setFilter("");
                break;
            case Enter:
                return run();
            case Tab:
                return Turn.to(history.apply(this));
            case Character:
                return typed(key);
            default:
                break;
        }
        return Turn.stay();
    }

    /** Ctrl-C in the library: nothing runs, so leave at once. */
    @Override
    public Turn interrupt() {
        return Turn.exit(ExitStatus.INTERRUPTED);
    }

    /** What the library shows now. */
    LibraryView view() {
        Optional<Listing> chosen = shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(selected));
        return new LibraryView(filter, shown, selected, chosen, detailTop, all.size(), Listing.unreadable(all));
    }

    private Turn typed(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown() || key.isAltDown()) {
            return Turn.stay();
        }
        if (c == '?') {
            help = true;
        } else if (!Character.isISOControl(c)) {
            setFilter(filter + c);
        }
        return Turn.stay();
    }

    private Turn run() {
        if (shown.isEmpty() || !(shown.get(selected) instanceof Listing.Entry)) {
            return Turn.stay();
        }
        return Turn.to(sessions.apply(((Listing.Entry) shown.get(selected)).timeline(), backHere));
    }

    private void setFilter(String newFilter) {
        filter = newFilter;
        shown = Listing.matching(all, filter);
        selected = 0;
        detailTop = 0;
    }

    private void select(int index) {
        int clamped = Math.max(0, Math.min(index, shown.size() - 1));
        if (clamped != selected) {
            detailTop = 0;
        }
        selected = clamped;
    }
}
