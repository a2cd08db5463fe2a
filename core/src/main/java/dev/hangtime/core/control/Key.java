package dev.hangtime.core.control;

import java.util.Objects;

/**
 * A key as both front ends see it, so that what each key does is decided in one place ({@link KeyMap}): the
 * terminal app makes one from a Lanterna key stroke, the desktop from a JavaFX key event.
 *
 * @param name which key
 * @param character the character typed, for {@link Name#CHARACTER}; otherwise {@code '\0'}
 * @param shift whether Shift was held (for characters, the character itself says it already)
 * @param ctrl whether Ctrl was held
 * @param alt whether Alt was held
 */
public record Key(Name name, char character, boolean shift, boolean ctrl, boolean alt) {

    /** Which key, by what it is rather than by where a keyboard puts it. */
    public enum Name {
        CHARACTER, ENTER, ESCAPE, BACKSPACE, TAB, LEFT, RIGHT, UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN,
        /** The media play/pause key that Bluetooth headsets and presentation remotes send. */
        MEDIA_PLAY_PAUSE,
        /** The end of the terminal's input: nobody is left to press anything. */
        END_OF_INPUT,
        /** A key that means nothing here. */
        OTHER
    }

    public Key {
        Objects.requireNonNull(name, "name");
        if ((name == Name.CHARACTER) != (character != '\0')) {
            throw new IllegalArgumentException("a character key carries its character, and only it: " + name);
        }
    }

    /** {@code c} typed with no modifier. */
    public static Key character(char c) {
        return new Key(Name.CHARACTER, c, false, false, false);
    }

    /** {@code c} typed with Ctrl held. */
    public static Key ctrl(char c) {
        return new Key(Name.CHARACTER, c, false, true, false);
    }

    /** A key that types no character, with no modifier. */
    public static Key of(Name name) {
        return new Key(name, '\0', false, false, false);
    }

    /** A key that types no character, with Shift held. */
    public static Key shifted(Name name) {
        return new Key(name, '\0', true, false, false);
    }

    /** Whether this is a plain character, typed without Ctrl or Alt. */
    public boolean isPlainCharacter() {
        return name == Name.CHARACTER && !ctrl && !alt;
    }

    /** Ctrl-C (which a terminal in raw mode hands over as a key), or the end of the terminal's input. */
    public boolean isInterrupt() {
        return name == Name.END_OF_INPUT
                || name == Name.CHARACTER && ctrl && !alt && Character.toLowerCase(character) == 'c';
    }

    /** A digit typed without Ctrl or Alt, as a number; -1 otherwise. */
    public int digit() {
        return isPlainCharacter() && character >= '0' && character <= '9' ? character - '0' : -1;
    }
}
