package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Routines;
import dev.hangtime.core.routine.Inversion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A note longer than the session screen shows: the key bar offers i, which opens it whole; arrows and pages scroll. */
class NoteTest {

    /**
     * Twelve paragraphs of one line each, so 23 lines with the blank lines between them; the last one says when to
     * see a doctor, which a cut note would hide.
     */
    private static final String LONG = IntStream.rangeClosed(1, 11).mapToObj(n -> "Paragraph " + n + " of the note.")
            .collect(Collectors.joining("\n\n")) + "\n\nSee a doctor if pain runs below the knee.";

    private final VirtualScreen screen = VirtualScreen.standard();
    private final Driver driver = new Driver(Routines.expand("Long note", new Inversion(20, Duration.ofSeconds(60),
            Optional.empty(), Routines.style(LONG))), Optional.empty(), false, Afterwards.EXIT).press(Keys.SPACE);

    private List<String> lines() {
        return List.of(screen.show(driver.current()).split("\n"));
    }

    @Test
    void aNoteCutShort_offersTheKeyThatOpensItWhole() {
        List<String> lines = lines();

        assertEquals(" Space pause   → skip   ← back   + 30 s   q stop   i note   ? help", lines.get(23).stripTrailing());
        assertFalse(String.join("\n", lines).contains("See a doctor"));
    }

    @Test
    void i_opensItWhole_pageDownScrollsToItsEnd_andAnyOtherKeyClosesIt() {
        driver.press(Keys.ch('i'));
        List<String> opened = lines();
        driver.press(Keys.PAGE_DOWN);
        List<String> scrolled = lines();
        driver.press(Keys.UP);
        List<String> back = lines();
        driver.press(Keys.ch('x'));
        List<String> closed = lines();

        // 24 rows leave 17 lines of text (rows 3 to 19) in a box of 22 rows from row 1, the foot on row 21; 23
        // lines scroll as far as line 7, where paragraph 4 starts.
        assertTrue(opened.get(1).contains("┌─ Inversion 20° ─"), opened.get(1));
        assertEquals("│  Paragraph 1 of the note.", opened.get(3).strip().substring(0, 27));
        assertTrue(opened.get(21).contains("1–17 of 23   ↑↓ PgUp PgDn scroll   any other key closes"), opened.get(21));
        assertTrue(scrolled.get(3).contains("Paragraph 4 of the note."), scrolled.get(3));
        assertTrue(scrolled.get(19).contains("See a doctor if pain runs below the knee."), scrolled.get(19));
        assertTrue(scrolled.get(21).contains("7–23 of 23"), scrolled.get(21));
        assertTrue(back.get(21).contains("6–22 of 23"), back.get(21));
        assertFalse(String.join("\n", closed).contains("Paragraph 4 of the note"));
        assertEquals(" Space pause   → skip   ← back   + 30 s   q stop   i note   ? help", closed.get(23).stripTrailing());
    }

    @Test
    void aShortNote_isNotOffered_butIOpensItAllTheSame() {
        Driver facet = Driver.facet().startAndPassThePrompt();
        String before = screen.show(facet.current());
        facet.press(Keys.ch('i'));

        String shown = screen.show(facet.current());

        assertFalse(before.contains("i note"), before);
        assertTrue(shown.contains("Let your arms hang and breathe slowly."), shown);
        assertTrue(shown.contains("Any key closes this."), shown);
    }

    @Test
    void beforeTheStart_theWarningsHideTheNote_soIOpensThemWithIt() {
        Driver inversion = new Driver(Routines.expand("Hang", new Inversion(20, Duration.ofSeconds(60),
                Optional.empty(), Routines.style("Let your arms hang and breathe slowly."))), Optional.empty(), false,
                Afterwards.EXIT);
        String ready = screen.show(inversion.current());
        inversion.press(Keys.ch('i'));

        String shown = screen.show(inversion.current());

        assertFalse(ready.contains("Let your arms hang"), ready);
        assertTrue(ready.contains("i note"), ready);
        assertTrue(shown.contains("│  ! "), shown);
        assertTrue(shown.contains("Let your arms hang and breathe slowly."), shown);
    }
}
