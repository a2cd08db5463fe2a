package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void lines_wrapAtWordsWithinTheWidth() {
        assertEquals(List.of("Let your arms", "hang and", "breathe."), Wrap.lines("Let your arms hang and breathe.", 13, 5));
    }

    @Test
    void lines_keepParagraphBreaks() {
        assertEquals(List.of("Lie down.", "", "Breathe."), Wrap.lines("Lie down.\n\nBreathe.", 20, 5));
    }

    @Test
    void lines_tooMany_lastKeptEndsInEllipsis() {
        assertEquals(List.of("one two", "three…"), Wrap.lines("one two three four five", 7, 2));
    }

    @Test
    void lines_wordLongerThanTheLine_isBroken() {
        assertEquals(List.of("abcde", "fghij", "k"), Wrap.lines("abcdefghijk", 5, 5));
    }

    @Test
    void lines_wideCharacters_countTwoColumns() {
        assertEquals(List.of("背中の", "痛み"), Wrap.lines("背中の痛み", 6, 5));
    }

    @Test
    void lines_trailingBlankLines_areDropped() {
        assertEquals(List.of("end"), Wrap.lines("end\n\n", 10, 5));
    }

    @Test
    void fit_cutsWithAnEllipsis() {
        assertEquals("Inversi…", Wrap.fit("Inversion 20°", 8));
    }

    @Test
    void fit_shortEnough_isUnchanged() {
        assertEquals("Rest", Wrap.fit("Rest", 4));
    }
}
