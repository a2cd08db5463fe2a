package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.Key;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every key of the command-line contract, and a remote's, as the shared key map receives them. */
class FxKeysTest {

    @ParameterizedTest
    @CsvSource({"ENTER, ENTER", "ESCAPE, ESCAPE", "BACK_SPACE, BACKSPACE", "LEFT, LEFT", "RIGHT, RIGHT",
            "KP_RIGHT, RIGHT", "PAGE_DOWN, PAGE_DOWN", "PAGE_UP, PAGE_UP", "PLAY, MEDIA_PLAY_PAUSE",
            "PAUSE, MEDIA_PLAY_PAUSE"})
    void namedKeys_comeFromTheirKeyPressedEvent(KeyCode code, Key.Name name) {
        assertEquals(Optional.of(Key.of(name)), FxKeys.of(pressed(code, false)));
    }

    @Test
    void shift_isKept() {
        assertEquals(Optional.of(Key.shifted(Key.Name.RIGHT)), FxKeys.of(pressed(KeyCode.RIGHT, true)));
    }

    @ParameterizedTest
    @CsvSource(value = {"' '", "n", "N", "b", "+", "m", "q", "?", "3", "y"}, quoteCharacter = '\'')
    void characters_comeFromTheirKeyTypedEvent(String typed) {
        assertEquals(Optional.of(Key.character(typed.charAt(0))), FxKeys.of(typed(typed)));
    }

    @Test
    void eachKeyCountsOnce_spaceIsNotAlsoANamedKeyAndEnterNotACharacter() {
        assertEquals(Optional.empty(), FxKeys.of(pressed(KeyCode.SPACE, false)));
        assertEquals(Optional.empty(), FxKeys.of(typed("\r")));
        assertEquals(Optional.empty(), FxKeys.of(typed("\u001b")));
    }

    @Test
    void shortcuts_belongToTheWindow() {
        KeyEvent ctrlC = new KeyEvent(KeyEvent.KEY_TYPED, "c", "", KeyCode.UNDEFINED, false, true, false, false);
        assertEquals(Optional.empty(), FxKeys.of(ctrlC));
    }

    private static KeyEvent pressed(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }
}
