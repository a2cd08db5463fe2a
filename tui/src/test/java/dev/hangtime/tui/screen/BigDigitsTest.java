package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigDigitsTest {

    @Test
    void draw_scaleOne_isFiveRowsOfTwoCellPixels() {
        VirtualScreen screen = new VirtualScreen(40, 5, Palette.monochrome(), Glyphs.UNICODE);

        screen.draw(canvas -> BigDigits.draw(canvas, 0, 0, "12:34", 1, '█', Style.PLAIN));

        assertEquals(List.of(
                "████    ██████      ██████  ██  ██",
                "  ██        ██  ██      ██  ██  ██",
                "  ██    ██████      ██████  ██████",
                "  ██    ██      ██      ██      ██",
                "██████  ██████      ██████      ██"), screen.lines());
    }

    @Test
    void draw_everyDigit() {
        VirtualScreen screen = new VirtualScreen(80, 5, Palette.monochrome(), Glyphs.ASCII);

        screen.draw(canvas -> BigDigits.draw(canvas, 0, 0, "567890", 1, '#', Style.PLAIN));

        assertEquals(List.of(
                "######  ######  ######  ######  ######  ######",
                "##      ##          ##  ##  ##  ##  ##  ##  ##",
                "######  ######      ##  ######  ######  ##  ##",
                "    ##  ##  ##      ##  ##  ##      ##  ##  ##",
                "######  ######      ##  ######  ######  ######"), screen.lines());
    }

    @Test
    void width_countsOnePixelBetweenCharacters() {
        assertEquals(List.of(34, 68, 46), List.of(BigDigits.width("25:30", 1), BigDigits.width("25:30", 2),
                BigDigits.width("1:05:30", 1)));
    }

    @Test
    void fittingScale_isTheLargestThatFitsBothWays() {
        assertEquals(List.of(2, 1, 0), List.of(BigDigits.fittingScale("25:30", 76, 10),
                BigDigits.fittingScale("1:05:30", 76, 10), BigDigits.fittingScale("25:30", 76, 4)));
    }
}
