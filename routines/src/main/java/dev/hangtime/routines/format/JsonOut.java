package dev.hangtime.routines.format;

import java.util.List;

/**
 * A small JSON emitter for the canonical routine layout. Objects go one field per line; short lists of
 * scalars (tags, reps) and cue settings stay on one line, as a person would write them.
 */
final class JsonOut {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    /** Whether the object or list being written already has an entry, so the next needs a comma. */
    private boolean[] hasEntry = new boolean[16];
    private boolean afterField;

    /** Opens an object, as a value or as a list entry. */
    void begin() {
        entry();
        out.append('{');
        push();
    }

    void end() {
        close('}');
        if (depth == 0) {
            out.append('\n');
        }
    }

    void beginList() {
        entry();
        out.append('[');
        push();
    }

    void endList() {
        close(']');
    }

    /** Starts a field; the value follows with one of the value methods. */
    JsonOut field(String name) {
        entry();
        out.append(quote(name)).append(": ");
        afterField = true;
        return this;
    }

    void string(String s) {
        raw(quote(s));
    }

    void number(long n) {
        raw(Long.toString(n));
    }

    /** A list of already-encoded scalars on one line. */
    void inline(List<String> encoded) {
        raw("[" + String.join(", ", encoded) + "]");
    }

    void raw(String encoded) {
        entry();
        out.append(encoded);
    }

    private void entry() {
        if (afterField) {
            afterField = false;
            return;
        }
        if (depth > 0) {
            out.append(hasEntry[depth] ? ",\n" : "\n");
            hasEntry[depth] = true;
            out.append("  ".repeat(depth));
        }
    }

    private void push() {
        depth++;
        if (depth == hasEntry.length) {
            hasEntry = java.util.Arrays.copyOf(hasEntry, depth * 2);
        }
        hasEntry[depth] = false;
    }

    private void close(char bracket) {
        boolean any = hasEntry[depth];
        depth--;
        if (any) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(bracket);
    }

    /**
     * {@code s} as a JSON string. Non-ASCII text stays as it is (files are UTF-8, and "°" should read as
     * "°"); control characters are escaped, though a valid routine holds only tabs and newlines in notes.
     */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    q.append("\\\"");
                    break;
                case '\\':
                    q.append("\\\\");
                    break;
                case '\n':
                    q.append("\\n");
                    break;
                case '\t':
                    q.append("\\t");
                    break;
                default:
                    if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
            }
        }
        return q.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
