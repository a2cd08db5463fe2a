package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Routines;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.safety.DoseLimits;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The library's Today section: on top, with the keys first; Enter runs the chosen session. */
class TodayScreenTest {

    private static final TodayItem WALK = new TodayItem("Walking: 12 weeks, week 3", "Walking: an easy walk — main walk"
            + " 11 min (15:00)", "to do", Routines.facet(), SessionSetup.NONE, DoseLimits.STANDARD);
    private static final TodayItem CORE = new TodayItem("Core, week 1", "Core: stability holds — 5/3/1 reps"
            + " (14:05)", "done", Routines.hold(30), SessionSetup.NONE, DoseLimits.STANDARD);

    private final List<String> ran = new ArrayList<>();
    private final VirtualScreen screen = VirtualScreen.standard();

    /** The library with {@code items} due today, read as the app reads them once the library is on screen. */
    private LibraryPage library(List<TodayItem> items) {
        TodaySection today = new TodaySection(() -> items, Runnable::run, () -> { });
        today.load();
        return new LibraryPage(Library.listings(), (timeline, afterwards) -> null,
                back -> new HistoryPage(Journals.EMPTY, Journals.TODAY, back), today, (item, afterwards) -> {
                    ran.add(item.title());
                    return null;
                });
    }

    @Test
    void sessionsThatArriveAfterAKey_doNotTakeTheKeys() {
        TodaySection today = new TodaySection(() -> List.of(WALK), Runnable::run, () -> { });
        LibraryPage page = new LibraryPage(Library.listings(), (timeline, afterwards) -> null,
                back -> new HistoryPage(Journals.EMPTY, Journals.TODAY, back), today, (item, afterwards) -> null);
        screen.show(page);
        page.onKey(Keys.DOWN);

        today.load();
        String shown = screen.show(page);

        assertEquals(List.of(Optional.empty(), "Long hold"), List.of(page.todayChosen(),
                page.view().chosen().map(l -> l.names().get(0)).orElse("nothing")));
        assertTrue(shown.startsWith(" Today"), shown);
    }

    @Test
    void today_isOnTop_withTheFirstSessionChosen() {
        String shown = screen.show(library(List.of(WALK, CORE)));

        List<String> lines = shown.lines().toList();
        assertTrue(lines.get(0).startsWith(" Today ") && lines.get(0).stripTrailing().endsWith("Enter runs it with this"
                + " week's values"), shown);
        // The plan follows on the right where the line has room for it.
        assertEquals(List.of(" ▶ to do      Walking: an easy walk — main walk 11 min (15:00)",
                "   done       Core: stability holds — 5/3/1 reps (14:05)          Core, week 1"),
                List.of(lines.get(1).stripTrailing(), lines.get(2).stripTrailing()), shown);
        assertTrue(lines.get(4).startsWith(" Hangtime"), shown);
    }

    @Test
    void enter_runsTheChosenSession() {
        LibraryPage page = library(List.of(WALK, CORE));
        screen.show(page);

        page.onKey(Keys.DOWN);
        page.onKey(Keys.ENTER);

        assertEquals(List.of(CORE.title()), ran);
    }

    @Test
    void downPastTheLast_givesTheKeysToTheList_andUpFromItsFirstGivesThemBack() {
        LibraryPage page = library(List.of(WALK));
        screen.show(page);

        page.onKey(Keys.DOWN);
        Optional<TodayItem> inList = page.todayChosen();
        String chosenRoutine = page.view().chosen().map(l -> l.names().get(0)).orElse("nothing");
        page.onKey(Keys.UP);

        assertEquals(List.of(Optional.empty(), "Facet joint relief", Optional.of(WALK)),
                List.of(inList, chosenRoutine, page.todayChosen()));
    }

    @Test
    void typing_filtersTheLibrary() {
        LibraryPage page = library(List.of(WALK));
        screen.show(page);

        page.onKey(Keys.ch('l'));
        page.onKey(Keys.ch('o'));

        assertEquals(List.of("lo", Optional.empty()), List.of(page.view().filter(), page.todayChosen()));
    }

    @Test
    void withNoPlan_theLibraryIsAsItWas() {
        String shown = screen.show(library(List.of()));

        assertTrue(shown.startsWith(" Hangtime"), shown);
    }
}
