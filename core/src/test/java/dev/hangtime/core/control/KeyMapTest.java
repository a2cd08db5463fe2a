package dev.hangtime.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyMapTest {

    /** The "Keys" table of the command-line contract, row by row, and the keys that are not in it. */
    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("Space", Key.character(' '), Command.TOGGLE),
                Arguments.of("media play/pause", Key.of(Key.Name.MEDIA_PLAY_PAUSE), Command.TOGGLE),
                Arguments.of("Enter", Key.of(Key.Name.ENTER), Command.DONE),
                Arguments.of("→", Key.of(Key.Name.RIGHT), Command.SKIP),
                Arguments.of("n", Key.character('n'), Command.SKIP),
                Arguments.of("Shift+→", Key.shifted(Key.Name.RIGHT), Command.SKIP_STEP),
                Arguments.of("N", Key.character('N'), Command.SKIP_STEP),
                Arguments.of("←", Key.of(Key.Name.LEFT), Command.BACK),
                Arguments.of("b", Key.character('b'), Command.BACK),
                Arguments.of("PageDown", Key.of(Key.Name.PAGE_DOWN), Command.FORWARD),
                Arguments.of("PageUp", Key.of(Key.Name.PAGE_UP), Command.BACK),
                Arguments.of("+", Key.character('+'), Command.ADD_TIME),
                Arguments.of("m", Key.character('m'), Command.SOUND),
                Arguments.of("q", Key.character('q'), Command.STOP),
                Arguments.of("Esc", Key.of(Key.Name.ESCAPE), Command.STOP),
                Arguments.of("?", Key.character('?'), Command.HELP),
                Arguments.of("B with caps lock", Key.character('B'), Command.BACK),
                Arguments.of("Ctrl-C", Key.ctrl('c'), Command.INTERRUPT),
                Arguments.of("end of input", Key.of(Key.Name.END_OF_INPUT), Command.CUT_OFF),
                Arguments.of("Ctrl-N", Key.ctrl('n'), Command.NONE),
                Arguments.of("Alt-q", new Key(Key.Name.CHARACTER, 'q', false, false, true), Command.NONE),
                Arguments.of("x", Key.character('x'), Command.NONE),
                Arguments.of("↑", Key.of(Key.Name.UP), Command.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void session_mapsEachKeyOfTheContract(String name, Key key, Command expected) {
        assertEquals(expected, KeyMap.session(key));
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("", Optional.of(Command.DONE)),
                Arguments.of("  ", Optional.of(Command.DONE)),
                Arguments.of("p", Optional.of(Command.TOGGLE)),
                Arguments.of("n", Optional.of(Command.SKIP)),
                Arguments.of("N", Optional.of(Command.SKIP_STEP)),
                Arguments.of("b", Optional.of(Command.BACK)),
                Arguments.of("+", Optional.of(Command.ADD_TIME)),
                Arguments.of(" q ", Optional.of(Command.STOP)),
                Arguments.of("i", Optional.of(Command.DETAILS)),
                Arguments.of("quit", Optional.empty()),
                Arguments.of("m", Optional.empty()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("lines")
    void line_mapsEachPlainModeCommand(String line, Optional<Command> expected) {
        assertEquals(expected, KeyMap.line(line));
    }

    @Test
    void session_table_givesEachCommandOnceInTheContractsOrder() {
        List<Command> commands = KeyMap.SESSION.stream().map(KeyMap.Binding::command).collect(Collectors.toList());

        assertEquals(List.of(Command.TOGGLE, Command.DONE, Command.SKIP, Command.SKIP_STEP, Command.BACK,
                Command.FORWARD, Command.ADD_TIME, Command.SOUND, Command.STOP, Command.HELP, Command.DETAILS,
                Command.INTERRUPT), commands);
    }

    @Test
    void isYes_takesYAndASecondQ_only() {
        List<Boolean> answers = Stream.of(Key.character('y'), Key.character('Y'), Key.character('q'),
                Key.character('n'), Key.of(Key.Name.ENTER), Key.ctrl('y')).map(KeyMap::isYes)
                .collect(Collectors.toList());

        assertEquals(List.of(true, true, true, false, false, false), answers);
    }
}
