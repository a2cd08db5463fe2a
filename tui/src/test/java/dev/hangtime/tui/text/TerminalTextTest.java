package dev.hangtime.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void safe_replacesEscapeSequencesAndC1Controls() {
        assertEquals("\uFFFD[2JHi\uFFFD there\uFFFD", TerminalText.safe("\u001b[2JHi\u009b there\u0007"));
    }

    @Test
    void safe_leavesOrdinaryTextAlone() {
        String text = "Inversion 20° — left, set 1/3";

        assertEquals(text, TerminalText.safe(text));
    }

    @Test
    void safeMultiline_keepsNewlinesAndTurnsTabsIntoSpaces() {
        assertEquals("a b\n\uFFFDc", TerminalText.safeMultiline("a\tb\n\rc"));
    }
}
