package dev.hangtime.desktop.view;

import dev.hangtime.core.control.Key;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * JavaFX key events as the shared key map's {@link Key}s: named keys (Enter, Esc, the arrows, PageDown and
 * PageUp, the media play/pause key) from their key-pressed event, characters (Space, n, +, digits) from their
 * key-typed event, so that each key counts once.
 */
public final class FxKeys {

    private FxKeys() {
    }

    /** The key {@code event} stands for; empty for an event that is not a key of the session. */
    public static Optional<Key> of(KeyEvent event) {
        if (event.isControlDown() || event.isMetaDown() || event.isAltDown()) {
            // Shortcuts belong to the window (copy, close); none of them is a session key.
            return Optional.empty();
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            return named(event.getCode()).map(name -> new Key(name, '\0', event.isShiftDown(), false, false));
        }
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            String typed = event.getCharacter();
            if (typed.length() != 1 || Character.isISOControl(typed.charAt(0))) {
                // Enter, Esc and Backspace type control characters too; their key-pressed event counts instead.
                return Optional.empty();
            }
            return Optional.of(Key.character(typed.charAt(0)));
        }
        return Optional.empty();
    }

    /** The named key {@code code} is, for the keys that type no character. */
    static Optional<Key.Name> named(KeyCode code) {
        switch (code) {
            case ENTER:
                return Optional.of(Key.Name.ENTER);
            case ESCAPE:
                return Optional.of(Key.Name.ESCAPE);
            case BACK_SPACE:
                return Optional.of(Key.Name.BACKSPACE);
            case LEFT:
            case KP_LEFT:
                return Optional.of(Key.Name.LEFT);
            case RIGHT:
            case KP_RIGHT:
                return Optional.of(Key.Name.RIGHT);
            case PAGE_UP:
                return Optional.of(Key.Name.PAGE_UP);
            case PAGE_DOWN:
                return Optional.of(Key.Name.PAGE_DOWN);
            case PLAY:
            case PAUSE:
                // Headsets and presentation remotes send play/pause; a keyboard's Pause key means the same.
                return Optional.of(Key.Name.MEDIA_PLAY_PAUSE);
            default:
                return Optional.empty();
        }
    }
}
