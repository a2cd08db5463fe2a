package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Key strokes as Lanterna decodes them from a terminal. */
final class Keys {

    static final KeyStroke SPACE = ch(' ');
    static final KeyStroke ENTER = new KeyStroke(KeyType.Enter);
    static final KeyStroke ESC = new KeyStroke(KeyType.Escape);
    static final KeyStroke RIGHT = new KeyStroke(KeyType.ArrowRight);
    static final KeyStroke LEFT = new KeyStroke(KeyType.ArrowLeft);
    static final KeyStroke UP = new KeyStroke(KeyType.ArrowUp);
    static final KeyStroke DOWN = new KeyStroke(KeyType.ArrowDown);
    static final KeyStroke BACKSPACE = new KeyStroke(KeyType.Backspace);
    static final KeyStroke PAGE_DOWN = new KeyStroke(KeyType.PageDown);
    static final KeyStroke PAGE_UP = new KeyStroke(KeyType.PageUp);
    static final KeyStroke END = new KeyStroke(KeyType.End);
    static final KeyStroke CTRL_C = new KeyStroke('c', true, false);
    static final KeyStroke EOF = new KeyStroke(KeyType.EOF);

    private Keys() {
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }
}
