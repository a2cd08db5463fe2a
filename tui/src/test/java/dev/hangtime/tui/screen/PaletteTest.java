package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaletteTest {

    @ParameterizedTest(name = "NO_COLOR={0} TERM={1}: colour {2}")
    @CsvSource(value = {
        "<unset>, xterm-256color, true",
        "1, xterm-256color, false",
        "'', xterm-256color, true",
        "<unset>, vt100, false",
        "<unset>, xterm-mono, false",
        "<unset>, linux-m, false",
        "<unset>, linux, true",
        "<unset>, screen-256color, true",
    }, nullValues = "<unset>")
    void forEnvironment_followsNoColorAndMonochromeTerminals(String noColor, String term, boolean colour) {
        Map<String, String> env = noColor == null ? Map.of("TERM", term) : Map.of("TERM", term, "NO_COLOR", noColor);

        Palette palette = Palette.forEnvironment(env);

        assertEquals(colour, palette.isColour());
    }
}
