package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hangtime.core.control.SessionSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.Map;

class FullScreenAppTest {

    @ParameterizedTest(name = "console {0}, TERM={1}: {2}")
    @CsvSource(value = {
        "true, xterm-256color, true",
        "true, linux, true",
        "false, xterm-256color, false",
        "true, dumb, false",
        "true, '', false",
        "true, <unset>, false",
    }, nullValues = "<unset>")
    void terminalAvailable_needsAConsoleAndATerminalThatIsNotDumb(boolean console, String term, boolean expected) {
        Map<String, String> env = term == null ? Map.of() : Map.of("TERM", term);

        assertEquals(expected, FullScreenApp.terminalAvailable(console, env));
    }

    @Test
    void options_speedOutsideOneToAThousand_isRefused() {
        FullScreenApp.Options options = FullScreenApp.Options.defaults();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options.withSpeed(1001));

        assertEquals("speed must be 1–1000: 1001", e.getMessage());
    }

    @Test
    void options_defaults_runInRealTimeAndAddNothing() {
        FullScreenApp.Options options = FullScreenApp.Options.defaults();

        assertEquals(java.util.List.of(1, SessionSetup.NONE), java.util.List.of(options.speed(), options.setup()));
    }

    @Test
    void options_withJournal_changesOnlyTheJournal() {
        FullScreenApp.Options options = FullScreenApp.Options.defaults().withSpeed(5);

        FullScreenApp.Options changed = options.withJournal(java.nio.file.Path.of("/tmp/elsewhere/journal"));

        assertEquals(java.util.List.of(5, SessionSetup.NONE, java.nio.file.Path.of("/tmp/elsewhere/journal")),
                java.util.List.of(changed.speed(), changed.setup(), changed.journal()));
    }
}
