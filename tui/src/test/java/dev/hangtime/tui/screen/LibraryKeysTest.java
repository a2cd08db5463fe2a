package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The library's keys: filtering, choosing, running and leaving. */
class LibraryKeysTest {

    private final List<Timeline> started = new ArrayList<>();
    private final FakeTicker ticker = new FakeTicker();
    private final LibraryPage page = new LibraryPage(Library.listings(), (timeline, afterwards) -> {
        started.add(timeline);
        return new SessionPage(new SessionController(timeline, new Session(timeline, ticker), ticker,
                SessionSetup.NONE, StandIn.NONE, Notices.NONE), new Releases(), afterwards);
    }, back -> new HistoryPage(Journals.EMPTY, Journals.TODAY, back));

    private String chosen() {
        return page.view().chosen().map(l -> l.names().get(0)).orElse("nothing");
    }

    @Test
    void down_choosesTheNext() {
        page.onKey(Keys.DOWN);

        assertEquals("Long hold", chosen());
    }

    @Test
    void up_atTheTop_staysThere() {
        page.onKey(Keys.UP);

        assertEquals("Facet joint relief", chosen());
    }

    @Test
    void down_atTheBottom_staysThere() {
        page.onKey(Keys.DOWN);
        page.onKey(Keys.DOWN);
        page.onKey(Keys.DOWN);

        assertEquals("mine.json", chosen());
    }

    @Test
    void typing_keepsOnlyWhatMatches() {
        page.onKey(Keys.ch('H'));
        page.onKey(Keys.ch('o'));

        assertEquals(List.of("Long hold"), names());
    }

    @Test
    void typing_twoWords_needsBoth() {
        for (char c : "inversion relief".toCharArray()) {
            page.onKey(Keys.ch(c));
        }

        assertEquals(List.of("Facet joint relief"), names());
    }

    @Test
    void typing_filtersBrokenFilesByTheirName() {
        for (char c : "mine".toCharArray()) {
            page.onKey(Keys.ch(c));
        }

        assertEquals(List.of("mine.json"), names());
    }

    @Test
    void typing_q_filtersRatherThanLeaving() {
        Turn turn = page.onKey(Keys.ch('q'));

        assertEquals(List.of(true, "q"), List.of(turn.isStay(), page.view().filter()));
    }

    @Test
    void backspace_takesBackALetter() {
        page.onKey(Keys.ch('l'));
        page.onKey(Keys.ch('z'));

        page.onKey(Keys.BACKSPACE);

        assertEquals(List.of("l", List.of("Facet joint relief", "Long hold")), List.of(page.view().filter(), names()));
    }

    @Test
    void esc_withAFilter_clearsIt() {
        page.onKey(Keys.ch('z'));

        Turn turn = page.onKey(Keys.ESC);

        assertEquals(List.of(true, "", 3), List.of(turn.isStay(), page.view().filter(), names().size()));
    }

    @Test
    void esc_withNoFilter_leavesWithStatus0() {
        Turn turn = page.onKey(Keys.ESC);

        assertEquals(OptionalInt.of(0), turn.exitStatus());
    }

    @Test
    void ctrlC_leavesWith130() {
        Turn turn = page.onKey(Keys.CTRL_C);

        assertEquals(OptionalInt.of(130), turn.exitStatus());
    }

    @Test
    void enter_runsTheChosenRoutine() {
        page.onKey(Keys.DOWN);

        Turn turn = page.onKey(Keys.ENTER);

        assertEquals(List.of("Long hold", true), List.of(started.get(0).routine().name(),
                turn.page().orElseThrow() instanceof SessionPage));
    }

    @Test
    void enter_onABrokenFile_runsNothing_butShowsItsProblems_untilTheNextKey() {
        VirtualScreen screen = VirtualScreen.standard();
        page.onKey(Keys.END);

        Turn turn = page.onKey(Keys.ENTER);
        String shown = screen.show(page);
        page.onKey(Keys.DOWN);
        String after = screen.show(page);

        assertEquals(List.of(true, List.of()), List.of(turn.isStay(), started));
        assertTrue(shown.contains("┌─ Cannot be run: mine.json ─"), shown);
        assertTrue(shown.contains("│ !  /home/u/.config/hangtime/routines/mine.json:14:17: steps[2].hold:     │"), shown);
        assertTrue(!after.contains("Cannot be run"), after);
    }

    @Test
    void sessionOver_enterGoesBackToTheLibraryAsItWas() {
        page.onKey(Keys.ch('h'));
        Page session = page.onKey(Keys.ENTER).page().orElseThrow();
        session.onKey(Keys.SPACE);
        Page end = session.onKey(Keys.ch('q')).page().orElse(session);
        end = end.onKey(Keys.ch('y')).page().orElseThrow();

        Turn back = end.onKey(Keys.ENTER);

        assertSame(page, back.page().orElseThrow());
        assertEquals("h", page.view().filter());
    }

    @Test
    void questionMark_opensHelp_andTheNextKeyOnlyClosesIt() {
        page.onKey(Keys.ch('?'));

        page.onKey(Keys.ch('x'));

        assertEquals(List.of("", Optional.of("Facet joint relief")), List.of(page.view().filter(),
                page.view().chosen().map(l -> l.names().get(0))));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        page.view().shown().forEach(l -> names.add(l.names().get(0)));
        return names;
    }
}
