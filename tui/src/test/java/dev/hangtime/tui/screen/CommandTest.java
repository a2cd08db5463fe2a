package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandTest {

    /** The "Keys" table of the command-line contract, row by row, and the keys that are not in it. */
    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("Space", Keys.SPACE, Command.TOGGLE),
                Arguments.of("Enter", Keys.ENTER, Command.DONE),
                Arguments.of("→", Keys.RIGHT, Command.SKIP),
                Arguments.of("n", Keys.ch('n'), Command.SKIP),
                Arguments.of("←", Keys.LEFT, Command.BACK),
                Arguments.of("b", Keys.ch('b'), Command.BACK),
                Arguments.of("+", Keys.ch('+'), Command.ADD_TIME),
                Arguments.of("m", Keys.ch('m'), Command.SOUND),
                Arguments.of("q", Keys.ch('q'), Command.STOP),
                Arguments.of("Esc", Keys.ESC, Command.STOP),
                Arguments.of("?", Keys.ch('?'), Command.HELP),
                Arguments.of("N with caps lock", Keys.ch('N'), Command.SKIP),
                Arguments.of("Ctrl-C", Keys.CTRL_C, Command.INTERRUPT),
                Arguments.of("end of input", Keys.EOF, Command.INTERRUPT),
                Arguments.of("Ctrl-N", new KeyStroke('n', true, false), Command.OTHER),
                Arguments.of("Alt-q", new KeyStroke('q', false, true), Command.OTHER),
                Arguments.of("x", Keys.ch('x'), Command.OTHER),
                Arguments.of("↑", Keys.UP, Command.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void of_mapsEachKeyOfTheContract(String name, KeyStroke key, Command expected) {
        assertEquals(expected, Command.of(key));
    }
}
