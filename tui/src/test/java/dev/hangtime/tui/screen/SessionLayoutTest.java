package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.hangtime.core.control.Routines;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The session screen in other windows and terminals: sizes, character sets, monochrome, hostile text. */
class SessionLayoutTest {

    @Test
    void asciiTerminal_drawsWithPlainCharacters() {
        VirtualScreen screen = new VirtualScreen(80, 24, Palette.monochrome(), Glyphs.ASCII);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        String expected = """
             Facet joint relief                                                 step 2 of 4
            --------------------------------------------------------------------------------
              INVERSION   Inversion 20 deg
              Table at 20 deg

                          ############            ####    ####    ############
                          ############            ####    ####    ############
                          ####    ####    ####    ####    ####    ####
                          ####    ####    ####    ####    ####    ####
                          ####    ####            ############    ############
                          ####    ####            ############    ############
                          ####    ####    ####            ####            ####
                          ####    ####    ####            ####            ####
                          ############                    ####    ############
                          ############                    ####    ############

              ################...............................................  0:15 of 1:00
              Let your arms hang and breathe slowly.


             Session ######..................................................  0:15 of 2:20
             Next: Bird-dog - left, rep 1/2 - 0:10
            --------------------------------------------------------------------------------
             Space pause   Right skip   Left back   + 30 s   q stop   ? help
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void smallerThan80x24_theSessionRunsOnCompact_notBlind() {
        VirtualScreen screen = new VirtualScreen(60, 20, Palette.colour(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        List<String> lines = lines(screen, driver);

        assertEquals(List.of(
                " Facet joint relief                             step 2 of 4",
                "  INVERSION   Inversion 20°",
                "  Table at 20°"), lines.subList(0, 3));
        assertEquals("    ████████████            ████    ████    ████████████", lines.get(5));
        assertEquals(List.of(
                "  ███████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:15 of 1:00",
                " Next: Bird-dog — left, rep 1/2 — 0:10",
                " Space pause   q stop   → skip   ? help   ← back"), lines.subList(17, 20));
    }

    @Test
    void at40x10_theCompactSessionStillHasTheTimeInBlockDigits_andTheKeysThatStop() {
        VirtualScreen screen = new VirtualScreen(40, 10, Palette.colour(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5).press(Keys.SPACE);

        String expected = """
              INVERSION   Inversion 2…  step 2 of 4
             PAUSED — Space resumes
                   ▒▒▒▒▒▒      ▒▒  ▒▒  ▒▒▒▒▒▒
                   ▒▒  ▒▒  ▒▒  ▒▒  ▒▒  ▒▒
                   ▒▒  ▒▒      ▒▒▒▒▒▒  ▒▒▒▒▒▒
                   ▒▒  ▒▒  ▒▒      ▒▒      ▒▒
                   ▒▒▒▒▒▒          ▒▒  ▒▒▒▒▒▒
              █████░░░░░░░░░░░░░░░░░░  0:15 of 1:00
             Next: Bird-dog — left, rep 1/2 — 0:10
             Space resume   q stop   → skip
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void smallerThan40x10_theSessionIsOneLine_withWhatIsAskedInItsPlace() {
        VirtualScreen screen = new VirtualScreen(39, 9, Palette.colour(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        String running = lines(screen, driver).get(4);
        driver.press(Keys.ch('q'));
        String asking = lines(screen, driver).get(4);

        assertEquals("0:45 Inversion 20° · next Bird-dog", running);
        assertEquals("Stop now? y: yes, any other key: no", asking);
    }

    @Test
    void smallerThan80x24_aPageWhereNothingRuns_saysHowLargeTheWindowMustBe() {
        VirtualScreen screen = new VirtualScreen(60, 20, Palette.colour(), Glyphs.UNICODE);
        LibraryPage library = new LibraryPage(Library.listings(), (timeline, afterwards) -> null, page -> page);

        List<String> lines = List.of(screen.show(library).split("\n"));

        assertEquals(List.of(
                "  Make the window at least 80×24 for Hangtime (it is 60×20",
                "                           now)."), lines.subList(9, 11));
    }

    @Test
    void resized_redrawsAtTheNewSize() {
        VirtualScreen screen = new VirtualScreen(120, 40, Palette.colour(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);
        screen.show(driver.current());

        screen.resize(80, 24);

        assertEquals(SessionScreenTest.RUNNING_AT_15_5, screen.show(driver.current()) + "\n");
    }

    @Test
    void largerWindow_drawsLargerDigits() {
        VirtualScreen screen = new VirtualScreen(120, 40, Palette.colour(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        List<String> lines = lines(screen, driver);

        assertEquals(List.of(
                "",
                "        ████████████████████████                        ████████        ████████        ████████████████████████",
                "        ████████████████████████                        ████████        ████████        ████████████████████████"),
                lines.subList(7, 10));
    }

    @Test
    void stepOverAnHour_drawsSmallerDigitsToFitTheHours() {
        VirtualScreen screen = VirtualScreen.standard();
        Driver driver = new Driver(Routines.hold(3900), java.util.Optional.empty(), false, Afterwards.EXIT).press(Keys.SPACE).after(0.5);

        List<String> lines = lines(screen, driver);

        assertEquals(List.of(
                "                 ████        ██████  ██████      ██████  ██████",
                "                   ██    ██  ██  ██  ██      ██  ██  ██  ██  ██",
                "                   ██        ██  ██  ██████      ██  ██  ██  ██",
                "                   ██    ██  ██  ██      ██  ██  ██  ██  ██  ██",
                "                 ██████      ██████  ██████      ██████  ██████",
                "",
                "",
                "",
                "",
                "  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:00 of 1:05:00"),
                lines.subList(7, 17));
    }

    @Test
    void monochrome_usesNoColourAnywhere() {
        VirtualScreen screen = new VirtualScreen(80, 24, Palette.monochrome(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt().after(57.5);
        screen.show(driver.current());

        Set<TextColor> colours = new java.util.HashSet<>();
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                colours.add(screen.cell(col, row).getForegroundColor());
                colours.add(screen.cell(col, row).getBackgroundColor());
            }
        }

        assertEquals(Set.of(TextColor.ANSI.DEFAULT), colours);
    }

    @Test
    void monochrome_setsTheKindOffInReverseVideo() {
        VirtualScreen screen = new VirtualScreen(80, 24, Palette.monochrome(), Glyphs.UNICODE);
        Driver driver = Driver.facet().startAndPassThePrompt();

        screen.show(driver.current());

        TextCharacter badge = screen.cell(2, 2);
        assertEquals(List.of("I", true), List.of(badge.getCharacterString(), badge.isReversed()));
    }

    @Test
    void hostileText_cannotReachTheTerminalAsControlCharacters() {
        Segment segment = new Segment(0, SegmentKind.EXERCISE, "Plank\u001b[2J\u001b[H",
                Optional.of(Duration.ofSeconds(30)), Optional.of("Hold\u009b31m it\u202e.\u0007"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 3, false, Optional.empty(),
                false, 0);
        Routine routine = Routines.hold(30).routine();
        Driver driver = new Driver(new Timeline(routine, List.of(segment), Duration.ofSeconds(30)), Optional.empty(),
                false, Afterwards.EXIT).press(Keys.SPACE);
        VirtualScreen screen = VirtualScreen.standard();

        List<String> lines = lines(screen, driver);

        assertEquals(List.of("  EXERCISE   Plank\uFFFD[2J\uFFFD[H", "  Hold\uFFFD31m it.\uFFFD"),
                List.of(lines.get(2), lines.get(17)));
    }

    private static List<String> lines(VirtualScreen screen, Driver driver) {
        screen.show(driver.current());
        return new ArrayList<>(screen.lines());
    }
}
