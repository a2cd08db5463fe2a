package dev.hangtime.core.routine;

/**
 * A position within a run of things, such as set 2 of 3.
 *
 * @param n one-based position
 * @param of how many there are
 */
public record Count(int n, int of) {

    public Count {
        if (n < 1 || n > of) {
            throw new IllegalArgumentException("count " + n + " of " + of);
        }
    }

    @Override
    public String toString() {
        return n + "/" + of;
    }
}
