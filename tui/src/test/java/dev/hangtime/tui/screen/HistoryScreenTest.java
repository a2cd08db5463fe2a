package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.routines.journal.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen: the stats and the sessions of a journal written into a temporary folder. */
class HistoryScreenTest {

    @TempDir
    Path home;

    private final VirtualScreen screen = VirtualScreen.standard();

    private Path journal(String text) throws IOException {
        Path folder = Files.createDirectories(home.resolve("journal"));
        Files.writeString(folder.resolve("laptop.jsonl"), text);
        return folder;
    }

    /** The page on {@code text}, read as the loop reads it once the page is first drawn. */
    private HistoryPage opened(String text) throws IOException {
        HistoryPage page = new HistoryPage(journal(text), Journals.TODAY, null);
        page.shown();
        return page;
    }

    private List<String> lines(Page page) {
        screen.show(page);
        return screen.lines();
    }

    @Test
    void opened_showsTheStreakTheWeeksAndTheLatestSessions() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());

        String expected = """
             History                                                            12 sessions
            ────────────────────────────────────────────────────────────────────────────────
             Streak: 3 days in a row, today included.
             Week of     inversion  core  walk  heat   ice  minutes     pain before → after
             26 Jan              0     0     0     0     0     0                  – → –
             2 Feb               0     0     0     0     0     0                  – → –
             9 Feb               0     0     0     0    10    10 ██               – → –
             16 Feb              0    30     0     0     0    30 ███████        8.0 → 6.5
             23 Feb              0     0     2     0     0     2 █                – → –
             2 Mar               5     0     0     0     0     5 █              7.5 → 6.0
             9 Mar               0     0    20    15    15    50 ████████████   7.0 → 5.0
             This week           5     8     0    15    15    43 ██████████     5.7 → 3.5
             8 weeks            10    38    22    30    40   140                7.0 → 5.2
            ─ Sessions ──────────────────────────────────────────────────────── 1–8 of 13 ──
             2026-03-18 07:30  Morning inversion   5:00  pain 5 → 3  completed
             2026-03-17 19:00  Heat and ice       30:00  pain 6 → 4  completed  “stiff afte…
             2026-03-16 08:00  Core basics         7:30  pain 6 → –  stopped at Bird-dog — …
             2026-03-12 18:00  Walking            20:00              completed
             2026-03-10 18:00  Heat and ice       30:00  pain 7 → 5  completed
             2026-03-08 20:00  Pain score                pain 8      on its own
             2026-03-05 07:30  Morning inversion   5:00  pain 7 → 6  completed
             2026-02-26 18:00  Walking             2:00              interrupted in Walk (s…
            ────────────────────────────────────────────────────────────────────────────────
             ↑↓ scroll   PgUp PgDn page   Esc back   ? help
            """;

        assertEquals(expected, screen.show(page) + "\n");
    }

    @Test
    void beforeTheJournalIsRead_saysItIsReadingIt() throws IOException {
        HistoryPage page = new HistoryPage(journal(Journals.twelveSessions()), Journals.TODAY, null);

        List<String> lines = lines(page);

        assertEquals(List.of(" History", "                              Reading the journal…"),
                List.of(lines.get(0), lines.get(11)));
    }

    @Test
    void theJournal_isReadElsewhere_theKeysWorkMeanwhile_andTheLoopIsWokenWhenItIsRead() throws IOException {
        Path folder = journal(Journals.twelveSessions());
        List<Runnable> readers = new ArrayList<>();
        List<String> woken = new ArrayList<>();
        Page library = new LibraryPage(Library.listings(), (timeline, afterwards) -> null, back -> null);
        HistoryPage page = new HistoryPage(() -> History.read(folder), Journals.TODAY, library, readers::add,
                () -> woken.add("woken"));

        page.shown();
        String whileReading = lines(page).get(11);
        page.onKey(Keys.ch('?'));
        page.onKey(Keys.ch('?'));
        readers.forEach(Runnable::run);
        String afterwards = lines(page).get(11);

        assertEquals(List.of(1, "                              Reading the journal…", List.of("woken")),
                List.of(readers.size(), whileReading, woken));
        assertEquals(false, afterwards.contains("Reading"), afterwards);
        assertSame(library, page.onKey(new KeyStroke(KeyType.Escape)).page().orElseThrow());
    }

    @Test
    void pageDown_showsTheOlderSessions_andSaysWhichAreOnScreen() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);

        page.onKey(Keys.PAGE_DOWN);

        assertEquals(List.of(
                "─ Sessions ─────────────────────────────────────────────────────── 6–13 of 13 ──",
                " 2026-03-08 20:00  Pain score                pain 8      on its own",
                " 2026-03-05 07:30  Morning inversion   5:00  pain 7 → 6  completed",
                " 2026-02-26 18:00  Walking             2:00              interrupted in Walk (s…",
                " 2026-02-19 08:00  Core basics        10:00  pain 8 → 6  completed",
                " 2026-02-18 08:00  Core basics        10:00  pain 8 → 7  completed",
                " 2026-02-17 08:00  Core basics        10:00  pain 8 → –  completed",
                " 2026-02-11 07:00  Ice                10:00              completed  (Asia/Tokyo…",
                " 2026-01-05 08:00  Ice                10:00  pain 9 → 8  completed"), lines(page).subList(13, 22));
    }

    @Test
    void down_scrollsALine() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);

        page.onKey(Keys.DOWN);

        assertEquals(List.of(
                "─ Sessions ──────────────────────────────────────────────────────── 2–9 of 13 ──",
                " 2026-03-17 19:00  Heat and ice       30:00  pain 6 → 4  completed  “stiff afte…"),
                lines(page).subList(13, 15));
    }

    @Test
    void up_atTheTop_staysThere() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);

        page.onKey(Keys.UP);

        assertEquals(0, page.view().top());
    }

    @Test
    void pageDown_pastTheEnd_stopsWithTheOldestOnTheLastLine() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);

        page.onKey(Keys.PAGE_DOWN);
        page.onKey(Keys.PAGE_DOWN);
        page.onKey(Keys.DOWN);

        assertEquals(List.of(5, " 2026-01-05 08:00  Ice                10:00  pain 9 → 8  completed"),
                List.of(page.view().top(), lines(page).get(21)));
    }

    @Test
    void pageUp_fromTheEnd_reachesTheNewest() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);
        page.onKey(Keys.END);

        page.onKey(Keys.PAGE_UP);

        assertEquals(0, page.view().top());
    }

    @Test
    void emptyJournal_saysNoSessionsYetAndWhatToDo() throws IOException {
        HistoryPage page = opened("");

        String expected = """
             History
            ────────────────────────────────────────────────────────────────────────────────

              No sessions yet.

              Each session you run is kept here: when, which routine, how long, how it
              ended, and your pain before and after, with your streak and minutes week by
              week.

              Esc goes back to the library: choose a routine there and press Enter to run
              it. On a day without a session, hangtime pain N keeps a pain score from 0 to
              10 for the trend.










            ────────────────────────────────────────────────────────────────────────────────
             ↑↓ scroll   PgUp PgDn page   Esc back   ? help
            """;

        assertEquals(expected, screen.show(page) + "\n");
    }

    @Test
    void noJournalFolder_isAnEmptyJournal() {
        HistoryPage page = new HistoryPage(home.resolve("journal"), Journals.TODAY, null);
        page.shown();

        assertEquals("  No sessions yet.", lines(page).get(3));
    }

    @Test
    void painScoresButNoSession_showTheStatsAndThePainScoreInTheList() throws IOException {
        HistoryPage page = opened(Journals.pain("2026-03-17T20:00:00+01:00", 6));

        List<String> lines = lines(page);

        assertEquals(List.of(
                " Streak: no session yesterday or today yet.",
                " This week           0     0     0     0     0     0                6.0 → –",
                " 8 weeks             0     0     0     0     0     0                6.0 → –",
                "─ Sessions ─────────────────────────────────────────────────────────────────────",
                " 2026-03-17 20:00  Pain score    pain 6  on its own"),
                List.of(lines.get(2), lines.get(11), lines.get(12), lines.get(13), lines.get(14)));
    }

    @Test
    void tornLastLine_isReportedInOneLineAtTheFoot() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions() + "{\"v\":1,\"type\":\"ses");

        List<String> lines = lines(page);

        assertEquals(List.of(
                " 2026-03-05 07:30  Morning inversion   5:00  pain 7 → 6  completed",
                " ! Journal: laptop.jsonl:68: the last line is incomplete (a crash or power los…",
                "────────────────────────────────────────────────────────────────────────────────"),
                lines.subList(20, 23));
    }

    @Test
    void unreadableFiles_areCountedAndTheFirstIsNamed() throws IOException {
        Path folder = journal(Journals.twelveSessions());
        Files.createDirectory(folder.resolve("desktop.jsonl"));
        Files.writeString(folder.resolve("tablet.jsonl"), "not json\n" + Journals.pain("2026-03-17T20:00:00+01:00", 6));
        HistoryPage page = new HistoryPage(folder, Journals.TODAY, null);
        page.shown();

        assertEquals(" ! Journal, 2 problems: desktop.jsonl: is a folder, not a journal file; skipped",
                lines(page).get(21));
    }

    @Test
    void journalTooLargeForMemory_isSaidAtTheFoot_andTheAppGoesOn() {
        HistoryPage page = new HistoryPage(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, Journals.TODAY, null);
        page.shown();

        List<String> lines = lines(page);

        assertEquals(List.of("  No sessions to show: what could not be read is said below.",
                " ! Journal: the journal is too large to read in the memory the app has; nothin…"),
                List.of(lines.get(3), lines.get(21)));
    }

    @Test
    void journalThatCannotBeRead_isSaidAtTheFoot() {
        HistoryPage page = new HistoryPage(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
        }, Journals.TODAY, null);
        page.shown();

        assertEquals(" ! Journal: the journal could not be read (disk gone); nothing of it is shown",
                lines(page).get(21));
    }

    @Test
    void largerWindow_showsMoreSessionsAndWholeLines() throws IOException {
        VirtualScreen large = new VirtualScreen(120, 40, Palette.colour(), Glyphs.UNICODE);
        HistoryPage page = opened(Journals.twelveSessions());

        List<String> lines = List.of(large.show(page).split("\n"));

        assertEquals(List.of(
                "─ Sessions " + "─".repeat(109),
                " 2026-03-18 07:30  Morning inversion   5:00  pain 5 → 3  completed",
                " 2026-03-17 19:00  Heat and ice       30:00  pain 6 → 4  completed  “stiff after the drive”",
                " 2026-03-16 08:00  Core basics         7:30  pain 6 → –  stopped at Bird-dog — left (step 2 of 2)"),
                lines.subList(13, 17));
        assertEquals(" 2026-01-05 08:00  Ice                10:00  pain 9 → 8  completed", lines.get(26));
    }

    @Test
    void tooSmall_saysHowLargeTheWindowMustBe() throws IOException {
        VirtualScreen small = new VirtualScreen(79, 24, Palette.colour(), Glyphs.UNICODE);
        HistoryPage page = opened(Journals.twelveSessions());

        List<String> lines = List.of(small.show(page).split("\n", -1));

        assertEquals("        Make the window at least 80×24 for Hangtime (it is 79×24 now).", lines.get(11));
    }

    @Test
    void monochromeAscii_drawsWithPlainCharactersAndNoColour() throws IOException {
        VirtualScreen plain = new VirtualScreen(80, 24, Palette.monochrome(), Glyphs.ASCII);
        HistoryPage page = opened(Journals.twelveSessions());

        String expected = """
             History                                                            12 sessions
            --------------------------------------------------------------------------------
             Streak: 3 days in a row, today included.
             Week of     inversion  core  walk  heat   ice  minutes    pain before -> after
             26 Jan              0     0     0     0     0     0                  - -> -
             2 Feb               0     0     0     0     0     0                  - -> -
             9 Feb               0     0     0     0    10    10 ##               - -> -
             16 Feb              0    30     0     0     0    30 #######        8.0 -> 6.5
             23 Feb              0     0     2     0     0     2 #                - -> -
             2 Mar               5     0     0     0     0     5 #              7.5 -> 6.0
             9 Mar               0     0    20    15    15    50 ############   7.0 -> 5.0
             This week           5     8     0    15    15    43 ##########     5.7 -> 3.5
             8 weeks            10    38    22    30    40   140                7.0 -> 5.2
            - Sessions -------------------------------------------------------- 1-8 of 13 --
             2026-03-18 07:30  Morning inversion   5:00  pain 5 -> 3  completed
             2026-03-17 19:00  Heat and ice       30:00  pain 6 -> 4  completed  "stiff aft.
             2026-03-16 08:00  Core basics         7:30  pain 6 -> -  stopped at Bird-dog -.
             2026-03-12 18:00  Walking            20:00               completed
             2026-03-10 18:00  Heat and ice       30:00  pain 7 -> 5  completed
             2026-03-08 20:00  Pain score                pain 8       on its own
             2026-03-05 07:30  Morning inversion   5:00  pain 7 -> 6  completed
             2026-02-26 18:00  Walking             2:00               interrupted in Walk (.
            --------------------------------------------------------------------------------
             Up Down scroll   PgUp PgDn page   Esc back   ? help
            """;

        assertEquals(expected, plain.show(page) + "\n");
        assertEquals(Set.of(TextColor.ANSI.DEFAULT), colours(plain));
    }

    @Test
    void colour_eachKindOfTheBarInItsColour() throws IOException {
        HistoryPage page = opened(Journals.twelveSessions());
        screen.show(page);

        // This week: 5 minutes of inversion, 8 of core, 15 of heat, 15 of ice, in 12 cells for the 50 of 9 Mar,
        // after the figure 43.
        List<TextColor> bar = List.of(screen.cell(53, 11).getForegroundColor(),
                screen.cell(54, 11).getForegroundColor(), screen.cell(57, 11).getForegroundColor(),
                screen.cell(61, 11).getForegroundColor());

        assertEquals(List.of(TextColor.ANSI.MAGENTA_BRIGHT, TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.RED_BRIGHT,
                TextColor.ANSI.CYAN_BRIGHT), bar);
    }

    @Test
    void textFromTheJournal_isMadeSafe() throws IOException {
        HistoryPage page = opened(Journals.session("2026-03-18T07:30:00+01:00", "Evil\\u001b[2J name", "completed",
                null, null, "bell\\u0007 here", "walk", "Walk\\u202e", 60));

        assertEquals(" 2026-03-18 07:30  Evil�[2J name  1:00  completed  “bell� here”", lines(page).get(14));
    }

    private static Set<TextColor> colours(VirtualScreen screen) {
        Set<TextColor> colours = new HashSet<>();
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                colours.add(screen.cell(col, row).getForegroundColor());
                colours.add(screen.cell(col, row).getBackgroundColor());
            }
        }
        return colours;
    }
}
