package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyType;
import java.util.OptionalInt;

/**
 * Where the list keys move a position in a list: ↑ and ↓ a line, PgUp and PgDn a page, Home and End to either
 * end. The caller keeps the result within its list.
 */
final class ListKeys {

    private ListKeys() {
    }

    /**
     * Where {@code key} moves position {@code at} in a list that shows {@code rows} lines at once: End gives
     * {@link Integer#MAX_VALUE}, for the caller to bring back to its last line; empty for a key that is not one of
     * them.
     */
    static OptionalInt target(KeyType key, int at, int rows) {
        switch (key) {
            case ArrowUp:
                return OptionalInt.of(at - 1);
            case ArrowDown:
                return OptionalInt.of(at + 1);
            case PageUp:
                return OptionalInt.of(at - page(rows));
            case PageDown:
                return OptionalInt.of(at + page(rows));
            case Home:
                return OptionalInt.of(0);
            case End:
                return OptionalInt.of(Integer.MAX_VALUE);
            default:
                return OptionalInt.empty();
        }
    }

    /** A page less a line, so that the line last in view stays in view; at least one line. */
    private static int page(int rows) {
        return Math.max(1, rows - 1);
    }
}
