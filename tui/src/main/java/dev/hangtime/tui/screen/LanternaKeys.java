package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.control.Key;

/** Lanterna's key strokes as the keys the shared key map knows. */
final class LanternaKeys {

    private LanternaKeys() {
    }

    static Key of(KeyStroke stroke) {
        if (stroke.getKeyType() == KeyType.Character) {
            return new Key(Key.Name.CHARACTER, stroke.getCharacter(), false, stroke.isCtrlDown(), stroke.isAltDown());
        }
        return new Key(name(stroke.getKeyType()), '\0', stroke.isShiftDown(), stroke.isCtrlDown(),
                stroke.isAltDown());
    }

    /** Ctrl-C, or the end of the terminal's input. */
    static boolean isInterrupt(KeyStroke stroke) {
        return of(stroke).isInterrupt();
    }

    private static Key.Name name(KeyType type) {
        switch (type) {
            case Enter: return Key.Name.ENTER;
            case Escape: return Key.Name.ESCAPE;
            case Backspace: return Key.Name.BACKSPACE;
            case Tab: return Key.Name.TAB;
            case ArrowLeft: return Key.Name.LEFT;
            case ArrowRight: return Key.Name.RIGHT;
            case ArrowUp: return Key.Name.UP;
            case ArrowDown: return Key.Name.DOWN;
            case Home: return Key.Name.HOME;
            case End: return Key.Name.END;
            case PageUp: return Key.Name.PAGE_UP;
            case PageDown: return Key.Name.PAGE_DOWN;
            case EOF: return Key.Name.END_OF_INPUT;
            default: return Key.Name.OTHER;
        }
    }
}
