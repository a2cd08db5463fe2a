package dev.hangtime.routines.journal;

/** Why a journal line could not be read. */
final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the line is from a later version of the format, rather than broken. */
    final boolean newer;

    Unreadable(String message, boolean newer) {
        super(message, null, false, false);
        this.newer = newer;
    }

    Unreadable(String message) {
        this(message, false);
    }
}
