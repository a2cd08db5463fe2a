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
 * and its session comes back here when it is over (on a file that cannot be run, Enter shows its problems).
 * Tab opens the history, which comes back here as it was. On top, when plans are followed, the Today section: the sessions due today, which have the keys until the
 * user moves down out of them or types; Enter runs the chosen one with its week's values.
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
    private final TodaySection today;
    private final BiFunction<TodayItem, Afterwards, Page> todayRuns;
    /** The chosen session of the Today section while it has the keys; -1 while the list has them. */
    private int todaySelected = -1;
    private boolean keyPressed;

    /**
     * @param sessions makes the session page for a routine's timeline, which goes where it is told at its end
     * @param history makes the history page, given the page it goes back to
     */
    LibraryPage(List<Listing> all, BiFunction<Timeline, Afterwards, Page> sessions, UnaryOperator<Page> history) {
        this(all, sessions, history, TodaySection.NONE, (item, afterwards) -> null);
    }

    /**
     * @param today the sessions due today in the plans being followed
     * @param todayRuns makes the session page of a session of Today
     */
    LibraryPage(List<Listing> all, BiFunction<Timeline, Afterwards, Page> sessions, UnaryOperator<Page> history,
            TodaySection today, BiFunction<TodayItem, Afterwards, Page> todayRuns) {
        super(HelpText::library);
        this.all = List.copyOf(all);
        this.sessions = sessions;
        this.history = history;
        this.today = today;
        this.todayRuns = todayRuns;
        this.backHere = new Afterwards("back to the library", status -> {
            // A session may have done one of today's: read them again.
            today.refresh();
            return Turn.to(this);
        });
        this.shown = this.all;
    }

    @Override
    void paint(Canvas canvas) {
        List<TodayItem> items = todayItems();
        int rows = TodayPainter.paint(canvas, items, todaySelected);
        detailRows = LibraryPainter.paint(rows == 0 ? canvas : canvas.below(rows), view());
        problemsShown.ifPresent(broken -> Overlay.keys(canvas, "Cannot be run: " + broken.names().get(0),
                broken.problems().stream().map(p -> new String[] {"!", SafeText.line(p.toString())}).toList(),
                "Fix the file, then start Hangtime again. Any key closes this."));
    }

    /** Today's sessions as last read; the section has the keys when they come before any key was pressed. */
    private List<TodayItem> todayItems() {
        List<TodayItem> items = today.items();
        if (items.isEmpty()) {
            todaySelected = -1;
        } else if (!keyPressed && todaySelected < 0) {
            todaySelected = 0;
        } else {
            todaySelected = Math.min(todaySelected, items.size() - 1);
        }
        return items;
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        if (problemsShown.isPresent()) {
            problemsShown = Optional.empty();
            return Turn.stay();
        }
        keyPressed = true;
        List<TodayItem> items = todayItems();
        if (todaySelected >= 0) {
            switch (key.getKeyType()) {
                case ArrowUp:
                    todaySelected = Math.max(0, todaySelected - 1);
                    return Turn.stay();
                case ArrowDown:
                    todaySelected = todaySelected + 1 < items.size() ? todaySelected + 1 : -1;
                    return Turn.stay();
                case Enter:
                    return Turn.to(todayRuns.apply(items.get(todaySelected), backHere));
                default:
                    // Any other key is the library's: a letter starts a filter, Tab opens the history, Esc leaves.
                    todaySelected = -1;
                    break;
            }
        } else if (key.getKeyType() == KeyType.ArrowUp && selected == 0 && !items.isEmpty()) {
            todaySelected = items.size() - 1;
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
        if (todaySelected >= 0) {
            // Today has the keys: nothing of the list is chosen.
            return new LibraryView(filter, shown, -1, Optional.empty(), 0, all.size(), Listing.unreadable(all));
        }
        Optional<Listing> chosen = shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(selected));
        return new LibraryView(filter, shown, selected, chosen, detailTop, all.size(), Listing.unreadable(all));
    }

    /** The chosen session of Today while the section has the keys. */
    Optional<TodayItem> todayChosen() {
        return todaySelected >= 0 ? Optional.of(today.items().get(todaySelected)) : Optional.empty();
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
