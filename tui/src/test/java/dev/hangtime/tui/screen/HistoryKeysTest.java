package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.routines.journal.History;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Opening the history from the library, its keys, and going back to the library as it was. */
class HistoryKeysTest {

    private static final KeyStroke TAB = new KeyStroke(KeyType.Tab);

    private final List<String> reads = new ArrayList<>();
    private final LibraryPage library = new LibraryPage(Library.listings(), (timeline, afterwards) -> null,
            back -> new HistoryPage(() -> {
                reads.add("read");
                return Journals.EMPTY.get();
            }, Journals.TODAY, back));

    private String chosen() {
        return library.view().chosen().map(l -> l.names().get(0)).orElse("nothing");
    }

    @Test
    void tab_inTheLibrary_opensTheHistory() {
        Turn turn = library.onKey(TAB);

        assertEquals(true, turn.page().orElseThrow() instanceof HistoryPage);
    }

    @Test
    void tab_whileFiltering_opensTheHistoryRatherThanTyping() {
        library.onKey(Keys.ch('l'));

        Turn turn = library.onKey(TAB);

        assertEquals(List.of(true, "l"), List.of(turn.page().orElseThrow() instanceof HistoryPage,
                library.view().filter()));
    }

    @Test
    void opening_readsTheJournalOnlyOnceTheHistoryIsShown() {
        Page history = library.onKey(TAB).page().orElseThrow();
        List<String> beforeShown = List.copyOf(reads);

        history.shown();
        history.shown();

        assertEquals(List.of(List.of(), List.of("read")), List.of(beforeShown, reads));
    }

    @Test
    void eachOpening_readsTheJournalAfresh() {
        Page first = library.onKey(TAB).page().orElseThrow();
        first.shown();
        first.onKey(Keys.ESC);

        library.onKey(TAB).page().orElseThrow().shown();

        assertEquals(List.of("read", "read"), reads);
    }

    @Test
    void esc_goesBackToTheLibraryWithItsSelectionAndFilter() {
        library.onKey(Keys.ch('o'));
        library.onKey(Keys.DOWN);
        Page history = library.onKey(TAB).page().orElseThrow();
        history.shown();
        history.onKey(Keys.DOWN);

        Turn back = history.onKey(Keys.ESC);

        assertSame(library, back.page().orElseThrow());
        assertEquals(List.of("o", "Long hold"), List.of(library.view().filter(), chosen()));
    }

    @Test
    void q_goesBackToo() {
        Page history = library.onKey(TAB).page().orElseThrow();

        Turn back = history.onKey(Keys.ch('q'));

        assertSame(library, back.page().orElseThrow());
    }

    @Test
    void tab_goesBackToo() {
        Page history = library.onKey(TAB).page().orElseThrow();

        Turn back = history.onKey(TAB);

        assertSame(library, back.page().orElseThrow());
    }

    @Test
    void ctrlC_leavesWith130() {
        Page history = library.onKey(TAB).page().orElseThrow();

        Turn turn = history.onKey(Keys.CTRL_C);

        assertEquals(OptionalInt.of(130), turn.exitStatus());
    }

    @Test
    void questionMark_opensHelp_andTheNextKeyOnlyClosesIt() {
        Page history = library.onKey(TAB).page().orElseThrow();
        history.onKey(Keys.ch('?'));

        Turn turn = history.onKey(Keys.ESC);

        assertEquals(true, turn.isStay());
    }

    @Test
    void theHistory_sleepsUntilAKey() {
        Page history = library.onKey(TAB).page().orElseThrow();
        history.shown();

        assertEquals(List.of(OptionalLong.empty(), true), List.of(history.redrawAt(), history.update().isStay()));
    }

    @Test
    void help_listsTheHistorysKeys() {
        VirtualScreen screen = VirtualScreen.standard();
        HistoryPage history = new HistoryPage(() -> History.read(java.nio.file.Path.of("/nonexistent")),
                Journals.TODAY, library);
        history.shown();
        history.onKey(Keys.ch('?'));

        screen.show(history);

        assertEquals(List.of(
                "  │ ↑ ↓            scroll the sessions a line                                │",
                "  │ PgUp PgDn      scroll them a page                                        │",
                "  │ Home End       the newest, the oldest                                    │",
                "  │ Esc, q or Tab  back to the library                                       │",
                "  │ ?              this help                                                 │",
                "  │ Ctrl-C         leave at once                                             │"),
                screen.lines().subList(8, 14));
    }

    /** The loop itself: Tab from the library, the history drawn, Esc back, Esc out. */
    @Test
    void throughTheLoop_tabEscEsc_leavesWithStatus0() throws Exception {
        Inbox inbox = new Inbox();
        for (KeyStroke key : List.of(TAB, Keys.ESC, Keys.ESC)) {
            inbox.post(key);
        }
        VirtualScreen screen = VirtualScreen.standard();
        Runner runner = new Runner(screen.screen, inbox, new FakeTicker(), 1, Palette.colour(), Glyphs.UNICODE);

        int status = runner.run(library);

        assertEquals(List.of(0, List.of("read")), List.of(status, reads));
    }
}
