package dev.hangtime.core.session;

/** Where a session stands. */
public enum SessionState {
    /** Created, not started. */
    READY,
    /** A timed segment is running. */
    RUNNING,
    /** Time stands still until the user resumes. */
    PAUSED,
    /** A manual segment waits for the user to say done. */
    WAITING,
    /** Every segment has run. */
    FINISHED,
    /** The user stopped the session before the end. */
    STOPPED;

    /** Whether the session has ended, one way or the other. */
    public boolean isOver() {
        return this == FINISHED || this == STOPPED;
    }
}
