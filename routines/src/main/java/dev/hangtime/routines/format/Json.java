package dev.hangtime.routines.format;

import java.util.List;

/**
 * A parsed JSON value that remembers where it starts in the file, so that every problem found while
 * checking it can be reported at its line and column.
 */
sealed interface Json {

    /** Where the value's first character is. */
    Position at();

    /** A one-based line and column in the file. */
    record Position(int line, int column) {
    }

    /** An object; members keep their order and duplicates, so that duplicates can be reported. */
    record Obj(Position at, List<Member> members) implements Json {
        public Obj {
            members = List.copyOf(members);
        }
    }

    /** One member of an object, with the position of its name. */
    record Member(String name, Position at, Json value) {
    }

    /** A list. */
    record Arr(Position at, List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string. */
    record Str(Position at, String value) implements Json {
    }

    /**
     * A number, kept as written so that huge or fractional numbers can be reported as the user wrote them.
     *
     * @param integral whether it is written without a fraction or exponent
     */
    record Num(Position at, String text, boolean integral) implements Json {
    }

    /** {@code true} or {@code false}. */
    record Bool(Position at, boolean value) implements Json {
    }

    /** {@code null}. */
    record Null(Position at) implements Json {
    }
}
