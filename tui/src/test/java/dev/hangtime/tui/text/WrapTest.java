package dev.hangtime.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void lines_breakAtSpacesWithinTheWidth() {
        assertEquals(List.of("Lock your", "ankles and", "lie back."), Wrap.lines("Lock your ankles and lie back.", 10));
    }

    @Test
    void lines_cutAWordLongerThanALine() {
        assertEquals(List.of("abcd", "efgh", "ij x"), Wrap.lines("abcdefghij x", 4));
    }

    @Test
    void lines_ofBlankText_areNone() {
        assertEquals(List.of(), Wrap.lines("   ", 10));
    }
}
