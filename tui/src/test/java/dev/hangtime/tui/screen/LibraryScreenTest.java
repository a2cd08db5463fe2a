package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The library screen at 80×24: the list, the filter and the detail pane. */
class LibraryScreenTest {

    private final VirtualScreen screen = VirtualScreen.standard();
    private final LibraryPage page = new LibraryPage(Library.listings(), (timeline, afterwards) -> null,
            back -> null);

    @Test
    void opened_listsEveryRoutineWithTagsAndLength_andDetailsTheFirst() {
        String expected = """
             Hangtime                                          3 routines, 1 cannot be read
            ────────────────────────────────────────────────────────────────────────────────
             Find: type part of a name or a tag
             ▶ Facet joint relief                    facet, inversion                 2:20
               Long hold                             inversion                       10:00
               ! /home/u/.config/hangtime/routines/mine.json:14:17: steps[2].hold: "1x" is…
            ────────────────────────────────────────────────────────────────────────────────
              Facet joint relief
              Source: built-in
              Core work, then a gentle inversion.
              Tags: facet, inversion
              2:20 in all, 4 steps; 1 waits for you to press Enter

              Warnings
              ! This routine turns you upside down. Inversion is not for people with
                glaucoma, high blood pressure, heart disease, a hernia, or who are
                pregnant (if any of these apply, ask your doctor before you invert).

              Notes
              Inversion 20°
              Let your arms hang and breathe slowly.

            ────────────────────────────────────────────────────────────────── PgDn: more ──
             ↑↓ choose   Enter run   Tab history   PgUp PgDn details   Esc quit   ? help
            """;

        assertEquals(expected, screen.show(page) + "\n");
    }

    @Test
    void pageDown_scrollsTheDetailsAsFarAsTheyGo() {
        screen.show(page);
        page.onKey(Keys.PAGE_DOWN);

        List<String> lines = lines();

        assertEquals(List.of(
                "  Timeline",
                "      0:00   Enter  Lock your ankles and check the tether.",
                "      0:00    1:00  Inversion 20°",
                "      1:00    0:10  Bird-dog — left, rep 1/2"), lines.subList(11, 15));
    }

    @Test
    void pageDown_atTheEnd_stopsAtTheLastLine() {
        screen.show(page);
        page.onKey(Keys.PAGE_DOWN);
        page.onKey(Keys.PAGE_DOWN);
        page.onKey(Keys.PAGE_DOWN);

        List<String> lines = lines();

        assertEquals(List.of("      2:20          the end", "────────────────────────────────────────────────"
                + "────────────────────────────────"), lines.subList(21, 23));
    }

    @Test
    void brokenFile_isListedWithItsFirstError_andDetailedWithEvery() {
        page.onKey(Keys.DOWN);
        page.onKey(Keys.DOWN);

        List<String> lines = lines();

        assertEquals(List.of(
                " ▶ ! /home/u/.config/hangtime/routines/mine.json:14:17: steps[2].hold: \"1x\" is…",
                "────────────────────────────────────────────────────────────────────────────────",
                "  /home/u/.config/hangtime/routines/mine.json",
                "  This file cannot be run until it is fixed; hangtime validate checks it.",
                "",
                "  /home/u/.config/hangtime/routines/mine.json:14:17: steps[2].hold: \"1x\" is",
                "    not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")",
                "  /home/u/.config/hangtime/routines/mine.json:22:13: steps[3].type: unknown",
                "    step type \"stretch\""), lines.subList(5, 14));
    }

    @Test
    void typing_filtersByName() {
        page.onKey(Keys.ch('l'));
        page.onKey(Keys.ch('o'));

        List<String> lines = lines();

        assertEquals(List.of(
                " Find: lo_",
                " ▶ Long hold                             inversion                       10:00",
                "────────────────────────────────────────────────────────────────────────────────",
                "  Long hold",
                "  Source: /home/u/.config/hangtime/routines/long-hold.json"), lines.subList(2, 7));
    }

    @Test
    void typing_filtersByTag() {
        for (char c : "facet".toCharArray()) {
            page.onKey(Keys.ch(c));
        }

        List<String> lines = lines();

        assertEquals(List.of(
                " Find: facet_",
                " ▶ Facet joint relief                    facet, inversion                 2:20",
                "────────────────────────────────────────────────────────────────────────────────"),
                lines.subList(2, 5));
    }

    @Test
    void typing_whatNothingHas_saysSo() {
        page.onKey(Keys.ch('z'));

        List<String> lines = lines();

        assertEquals(List.of(
                " Find: z_",
                "   Nothing matches. Backspace takes back a letter; Esc clears the filter.",
                "────────────────────────────────────────────────────────────────────────────────",
                ""), lines.subList(2, 6));
    }

    @Test
    void filtered_escClears_andTheKeyHelpSaysSo() {
        page.onKey(Keys.ch('z'));

        assertEquals(" ↑↓ choose   Enter run   Tab history   PgUp PgDn details   Esc clear   ? help", lines().get(23));
    }

    @Test
    void help_listsTheLibrarysKeys() {
        page.onKey(Keys.ch('?'));

        List<String> lines = lines();

        assertEquals(List.of(
                "  │ letters    filter by name or tag                                         │",
                "  │ Backspace  take back a letter of the filter                              │",
                "  │ ↑ ↓        choose a routine                                              │",
                "  │ PgUp PgDn  scroll the details                                            │",
                "  │ Enter      run the chosen routine                                        │",
                "  │ Tab        history: past sessions, streak, minutes and pain              │",
                "  │ Esc        clear the filter; with no filter, leave                       │",
                "  │ ?          this help                                                     │",
                "  │ Ctrl-C     leave at once                                                 │"),
                lines.subList(6, 15));
    }

    private List<String> lines() {
        screen.show(page);
        return screen.lines();
    }
}
