package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** What a key asks for, as in the "Keys" table of the command-line contract. */
enum Command {
    /** Space: start, pause, resume. */
    TOGGLE,
    /** Enter: done, on a step that waits for the user. */
    DONE,
    /** → or n: skip to the next step. */
    SKIP,
    /** ← or b: back to the start of this step, or to the previous one. */
    BACK,
    /** +: 30 seconds more for this step. */
    ADD_TIME,
    /** m: sound on or off. */
    SOUND,
    /** q or Esc: stop, after asking. */
    STOP,
    /** ?: every key. */
    HELP,
    /** Ctrl-C, or the terminal went away: stop at once. */
    INTERRUPT,
    /** Any other key. */
    OTHER;

    /** The command {@code key} gives during a session. */
    static Command of(KeyStroke key) {
        if (isInterrupt(key)) {
            return INTERRUPT;
        }
        switch (key.getKeyType()) {
            case Enter:
                return DONE;
            case ArrowRight:
                return SKIP;
            case ArrowLeft:
                return BACK;
            case Escape:
                return STOP;
            case Character:
                return key.isCtrlDown() || key.isAltDown() ? OTHER : ofCharacter(key.getCharacter());
            default:
                return OTHER;
        }
    }

    /** Ctrl-C (the terminal is in raw mode, so it arrives as a key), or the end of the terminal's input. */
    static boolean isInterrupt(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF) {
            return true;
        }
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    private static Command ofCharacter(char c) {
        switch (Character.toLowerCase(c)) {
            case ' ':
                return TOGGLE;
            case 'n':
                return SKIP;
            case 'b':
                return BACK;
            case '+':
                return ADD_TIME;
            case 'm':
                return SOUND;
            case 'q':
                return STOP;
            case '?':
                return HELP;
            default:
                return OTHER;
        }
    }
}
