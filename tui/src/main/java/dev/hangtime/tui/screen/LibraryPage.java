package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.library.Listing;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The library: every routine, filtered by what the user types, with the chosen one's details; Enter runs it,
 * and its session comes back here when it is over (on a file that cannot be run, Enter shows its problems). Tab opens the history, which comes back here as it was.
 */
final class LibraryPage extends StillPage {

    private final List<Listing> all;
    private final BiFunction<Timeline, Afterwards, Page> sessions;
    private final UnaryOperator<Page> history;
    private final Afterwards backHere;
    private String filter = "";
    private List<Listing> shown;
    private int selected;
    private int detailTop;
    private int detailRows = 10;
    /** The file whose problems Enter opened over the library, until the next key. */
    private Optional<Listing.Broken> problemsShown = Optional.empty();

    /**
     * @param sessions makes the session page for a routine's timeline, which goes where it is told at its end
     * @param history makes the history page, given the page it goes back to
     */
    LibraryPage(List<Listing> all, BiFunction<Timeline, Afterwards, Page> sessions, UnaryOperator<Page> history) {
        super(HelpText::library);
        this.all = List.copyOf(all);
        this.sessions = sessions;
        this.history = history;
        this.backHere = new Afterwards("back to the library", status -> Turn.to(this));
        this.shown = this.all;
    }

    @Override
    void paint(Canvas canvas) {
        detailRows = LibraryPainter.paint(canvas, view());
        problemsShown.ifPresent(broken -> Overlay.keys(canvas, "Cannot be run: " + broken.names().get(0),
                broken.problems().stream().map(p -> new String[] {"!", SafeText.line(p.toString())}).toList(),
                "Fix the file, then start Hangtime again. Any key closes this."));
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        if (problemsShown.isPresent()) {
            problemsShown = Optional.empty();
            return Turn.stay();
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.PageUp || type == KeyType.PageDown) {
            // The pages scroll the chosen routine's details; the painter keeps them within its lines.
            detailTop = Math.max(0, ListKeys.target(type, detailTop, detailRows).getAsInt());
            return Turn.stay();
        }
        OptionalInt target = ListKeys.target(type, selected, detailRows);
        if (target.isPresent()) {
            select(target.getAsInt());
            return Turn.stay();
        }
        switch (type) {
            case Backspace:
                if (!filter.isEmpty()) {
                    setFilter(filter.substring(0, filter.length() - 1));
                }
                return Turn.stay();
            case Escape:
                if (filter.isEmpty()) {
                    return Turn.exit(ExitStatus.OK);
                }
                setFilter("");
                return Turn.stay();
            case Enter:
                return run();
            case Tab:
                return Turn.to(history.apply(this));
            default:
                typed(key).filter(c -> !Character.isISOControl(c)).ifPresent(c -> setFilter(filter + c));
                return Turn.stay();
        }
    }

    /** What the library shows now. */
    LibraryView view() {
        Optional<Listing> chosen = shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(selected));
        return new LibraryView(filter, shown, selected, chosen, detailTop, all.size(), Listing.unreadable(all));
    }

    private Turn run() {
        if (shown.isEmpty()) {
            return Turn.stay();
        }
        if (shown.get(selected) instanceof Listing.Broken) {
            // A file that cannot be run: Enter says why, all of it, rather than nothing.
            problemsShown = Optional.of((Listing.Broken) shown.get(selected));
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
