package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void line_escapeSequence_losesItsEscape() {
        assertEquals("\uFFFD[2J\uFFFD[31mred", SafeText.line("\u001b[2J\u001b[31mred"));
    }

    @Test
    void line_c1ControlIntroducer_isReplaced() {
        assertEquals("a\uFFFD2Jb", SafeText.line("a\u009b2Jb"));
    }

    @Test
    void line_bellAndBackspace_areReplaced() {
        assertEquals("a\uFFFDb\uFFFDc", SafeText.line("a\u0007b\bc"));
    }

    @Test
    void line_breaksAndTabs_becomeSpaces() {
        assertEquals("one two three four", SafeText.line("one\ntwo\tthree\u2028four"));
    }

    @Test
    void line_carriageReturn_isDropped() {
        assertEquals("overwrite", SafeText.line("over\rwrite"));
    }

    @Test
    void block_keepsLineBreaks() {
        assertEquals("one\ntwo three", SafeText.block("one\ntwo\tthree"));
    }

    @Test
    void line_bidiOverrideAndZeroWidthJoiner_areDropped() {
        assertEquals("abcdef", SafeText.line("abc\u202edef\u200d"));
    }

    @Test
    void line_combiningAccent_isComposedIntoOneCharacter() {
        assertEquals("é", SafeText.line("e\u0301"));
    }

    @Test
    void line_combiningMarkWithNoComposedForm_isDropped() {
        assertEquals("q", SafeText.line("q\u0301"));
    }

    @Test
    void line_characterOutsideTheBasicPlane_isReplaced() {
        assertEquals("Sun \uFFFD", SafeText.line("Sun \uD83C\uDF1E"));
    }

    @Test
    void line_loneSurrogateAndPrivateUse_areReplaced() {
        assertEquals("\uFFFD\uFFFD", SafeText.line("\uD800\uE000"));
    }

    @Test
    void line_lineSeparatorAmongPunctuation_isStillABreak() {
        assertEquals("a—b c", SafeText.line("a—b\u2028c"));
    }

    @Test
    void line_ordinaryText_isUnchanged() {
        assertEquals("Inversion 20° — left, set 2/3", SafeText.line("Inversion 20° — left, set 2/3"));
    }
}
