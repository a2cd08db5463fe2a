package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.hangtime.core.text.Columns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text wrapped in core must take the columns the terminal library draws it in, or the screen's columns slip. */
class ColumnsAgreementTest {

    @Test
    void isWide_agreesWithLanterna_onEveryCharacterButTab() {
        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (ch != '\t' && Columns.isWide(ch) != TerminalTextUtils.isCharCJK(ch)) {
                disagreements.add(Integer.toHexString(c));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void of_agreesWithLanterna_onMixedText() {
        String text = "Inversion 20° — 背中の痛み, ｱｲ Ａ 허리";
        assertEquals(TerminalTextUtils.getColumnWidth(text), Columns.of(text));
    }
}
