package dev.hangtime.core.control;

/** The exit statuses of every command, as the command-line contract gives them; their one home. */
public final class ExitStatus {

    /** Done, or a session completed. */
    public static final int OK = 0;
    /** What was asked for is invalid or absent: a broken routine, nothing to resume. */
    public static final int INVALID = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** The user stopped the session. */
    public static final int STOPPED = 3;
    /** 128 + SIGINT, as a shell reports a process that Ctrl-C ended. */
    public static final int INTERRUPTED = 130;

    private ExitStatus() {
    }
}
