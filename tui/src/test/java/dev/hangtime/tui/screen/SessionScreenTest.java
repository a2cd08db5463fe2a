package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.hangtime.core.control.Routines;
import org.junit.jupiter.api.Test;
import java.util.List;

/** The session screen at 80×24, in each state, as text on Lanterna's virtual terminal. */
class SessionScreenTest {

    /** The running screen 15.5 s into the inversion of {@link Driver#facet()}. */
    static final String RUNNING_AT_15_5 = """
             Facet joint relief                                                 step 2 of 4
            ────────────────────────────────────────────────────────────────────────────────
              INVERSION   Inversion 20°
              Table at 20°

                          ████████████            ████    ████    ████████████
                          ████████████            ████    ████    ████████████
                          ████    ████    ████    ████    ████    ████
                          ████    ████    ████    ████    ████    ████
                          ████    ████            ████████████    ████████████
                          ████    ████            ████████████    ████████████
                          ████    ████    ████            ████            ████
                          ████    ████    ████            ████            ████
                          ████████████                    ████    ████████████
                          ████████████                    ████    ████████████

              ████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:15 of 1:00
              Let your arms hang and breathe slowly.


             Session ██████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:15 of 2:20
             Next: Bird-dog — left, rep 1/2 — 0:10
            ────────────────────────────────────────────────────────────────────────────────
             Space pause   → skip   ← back   + 30 s   q stop   ? help
            """;

    private final VirtualScreen screen = VirtualScreen.standard();

    @Test
    void ready_showsTheFirstStepTheWarningsAndHowToStart() {
        Driver driver = Driver.facet();

        String expected = """
             Facet joint relief                                                     4 steps
            ────────────────────────────────────────────────────────────────────────────────
              PROMPT   First: Lock your ankles and check the tether.

                                      READY — press Space to start





                                 Lock your ankles and check the tether.






              ! This routine turns you upside down. Inversion is not for people with
              glaucoma, high blood pressure, heart disease, a hernia, or who are pregnant
              (if any of these apply, ask your doctor before you invert).
             Session ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:00 of 2:20
             Next: Inversion 20° — 1:00
            ────────────────────────────────────────────────────────────────────────────────
             Space start   q quit   ? help
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void ready_timedFirstStep_showsItsTimeAndTheWarningWhereItsNoteWouldBe() {
        Driver driver = new Driver(Routines.hold(600), java.util.Optional.empty(), false, Afterwards.EXIT);

        List<String> lines = lines(driver);

        assertEquals(List.of(
                "  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:00 of 10:00",
                "  ! This routine turns you upside down. Inversion is not for people with",
                "  glaucoma, high blood pressure, heart disease, a hernia, or who are pregnant",
                // The hold's own warning follows on a line of its own, past the room: the ellipsis says there is more.
                "  (if any of these apply, ask your doctor before you invert).…"), lines.subList(16, 20));
    }

    @Test
    void waiting_showsWhatToDoAndEnterWhenDone() {
        Driver driver = Driver.facet().press(Keys.SPACE);

        String expected = """
             Facet joint relief                                                 step 1 of 4
            ────────────────────────────────────────────────────────────────────────────────
              PROMPT   Lock your ankles and check the tether.

                                   YOUR TURN — press Enter when done







                                 Lock your ankles and check the tether.







             Session ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:00 of 2:20
             Next: Inversion 20° — 1:00
            ────────────────────────────────────────────────────────────────────────────────
             Enter done   Space pause   → skip   ← back   q stop   ? help
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void running_showsTimeLeftInBlockDigitsWithProgressNoteAndNext() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        assertEquals(RUNNING_AT_15_5, screen.show(driver.current()) + "\n");
    }

    @Test
    void paused_showsABannerAndShadedDigitsThatStandStill() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5).press(Keys.SPACE).after(30);

        String expected = """
             Facet joint relief                                                 step 2 of 4
            ────────────────────────────────────────────────────────────────────────────────
              INVERSION   Inversion 20°
              Table at 20°
                                     PAUSED — press Space to resume
                          ▒▒▒▒▒▒▒▒▒▒▒▒            ▒▒▒▒    ▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒
                          ▒▒▒▒▒▒▒▒▒▒▒▒            ▒▒▒▒    ▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒    ▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒            ▒▒▒▒▒▒▒▒▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒            ▒▒▒▒▒▒▒▒▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒    ▒▒▒▒            ▒▒▒▒            ▒▒▒▒
                          ▒▒▒▒    ▒▒▒▒    ▒▒▒▒            ▒▒▒▒            ▒▒▒▒
                          ▒▒▒▒▒▒▒▒▒▒▒▒                    ▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒
                          ▒▒▒▒▒▒▒▒▒▒▒▒                    ▒▒▒▒    ▒▒▒▒▒▒▒▒▒▒▒▒

              ████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:15 of 1:00
              Let your arms hang and breathe slowly.


             Session ██████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:15 of 2:20
             Next: Bird-dog — left, rep 1/2 — 0:10
            ────────────────────────────────────────────────────────────────────────────────
             Space resume   → skip   ← back   + 30 s   q stop   ? help
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void lastThreeSeconds_sayWhatComesNextAndWhen() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(57.2);

        List<String> lines = lines(driver);

        assertEquals(List.of(
                "              ████████████            ████████████    ████████████",
                " Next in 3 s: Bird-dog — left, rep 1/2 — 0:10"), List.of(lines.get(5), lines.get(21)));
    }

    @Test
    void lastThreeSeconds_digitsTurnTheAlertColour() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(57.2);

        screen.show(driver.current());

        assertEquals(TextColor.ANSI.YELLOW_BRIGHT, screen.cell(14, 5).getForegroundColor());
    }

    @Test
    void lastThreeSeconds_beforeThem_digitsAreInTheKindsColour() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(56.9);

        screen.show(driver.current());

        assertEquals(TextColor.ANSI.MAGENTA_BRIGHT, screen.cell(14, 5).getForegroundColor());
    }

    @Test
    void kind_isNamedOnABadgeInItsColour() {
        Driver driver = Driver.facet().startAndPassThePrompt();

        screen.show(driver.current());

        TextCharacter badge = screen.cell(2, 2);
        assertEquals(List.of("I", TextColor.ANSI.BLACK, TextColor.ANSI.MAGENTA_BRIGHT),
                List.of(badge.getCharacterString(), badge.getForegroundColor(), badge.getBackgroundColor()));
    }

    @Test
    void secondSide_saysSwitchSidesWithSideAndRep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(85.5);

        List<String> lines = lines(driver);

        assertEquals(List.of(
                "  EXERCISE   Bird-dog",
                "  Switch sides! · Right side · Rep 1/2",
                " Next: Relax — right — 0:05"), List.of(lines.get(2), lines.get(3), lines.get(21)));
    }

    @Test
    void help_listsEveryKey() {
        Driver driver = Driver.facet().startAndPassThePrompt().press(Keys.ch('?'));

        String expected = """
             Facet joint relief                                                 step 2 of 4
            ────────────────────────────────────────────────────────────────────────────────
              ┌─ Keys ───────────────────────────────────────────────────────────────────┐
              │                                                                          │
              │ Space         start, pause, resume                                       │
              │ Enter         done, on a step that waits for you                         │
              │ → or n        skip this part: one rep, one side, one rest                │
              │ Shift+→ or N  skip the rest of this step: all its sets, reps and sides   │
              │ ← or b        back to the start of this part, or to the one before if    │
              │               this one began under 3 s ago                               │
              │ PgDn PgUp     a remote's next and back: done or skip, and back           │
              │ +             add 30 seconds to this part                                │
              │ m             sound on or off                                            │
              │ q or Esc      stop the session (asks first)                              │
              │ ?             this help                                                  │
              │ i             the step's full text, such as the whole safety check       │
              │ Ctrl-C        stop at once                                               │
              │                                                                          │
              │                                                                          │
              │ Any key closes this help.                                                │
              └──────────────────────────────────────────────────────────────────────────┘
             Next: Bird-dog — left, rep 1/2 — 0:10
            ────────────────────────────────────────────────────────────────────────────────
             Space pause   → skip   ← back   + 30 s   q stop   ? help
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void stop_asksFirst() {
        Driver driver = Driver.facet().startAndPassThePrompt().press(Keys.ch('q'));

        List<String> lines = lines(driver);

        assertEquals(List.of(
                "                   ┌────────────────────────────────────────┐",
                "                   │                                        │",
                "                   │  Stop the session?                     │",
                "                   │  y stop now   any other key: carry on  │",
                "                   │                                        │",
                "                   └────────────────────────────────────────┘"), lines.subList(9, 15));
    }

    @Test
    void sound_isShownInTheHeaderAndSwitchedByM() {
        Driver driver = Driver.facetWithCues(new RecordingPlayer(java.time.Duration.ZERO), false)
                .startAndPassThePrompt().after(1);

        List<String> lines = lines(driver);

        assertEquals(List.of(
                " Facet joint relief                                      sound on · step 2 of 4",
                " Space pause   → skip   ← back   + 30 s   m mute   q stop   ? help"),
                List.of(lines.get(0), lines.get(23)));
    }

    @Test
    void soundOff_saysSoAndMTurnsItOn() {
        Driver driver = Driver.facetWithCues(new RecordingPlayer(java.time.Duration.ZERO), true)
                .startAndPassThePrompt().after(1);

        List<String> lines = lines(driver);

        assertEquals(List.of(
                " Facet joint relief                                     sound off · step 2 of 4",
                " Space pause   → skip   ← back   + 30 s   m sound   q stop   ? help"),
                List.of(lines.get(0), lines.get(23)));
    }

    @Test
    void banner_isReversedInMonochrome() {
        VirtualScreen mono = new VirtualScreen(80, 24, Palette.monochrome(), Glyphs.UNICODE);
        Driver driver = Driver.facet().press(Keys.SPACE, Keys.SPACE);

        mono.show(driver.current());

        TextCharacter banner = mono.cell(0, 4);
        assertEquals(List.of(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, true, true),
                List.of(banner.getForegroundColor(), banner.getBackgroundColor(), banner.isReversed(),
                        banner.isBold()));
    }

    private List<String> lines(Driver driver) {
        screen.show(driver.current());
        return screen.lines();
    }
}
