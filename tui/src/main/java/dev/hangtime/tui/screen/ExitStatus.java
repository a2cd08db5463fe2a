package dev.hangtime.tui.screen;

/** The exit statuses of {@code hangtime run}, as the command-line contract gives them. */
final class ExitStatus {

    static final int COMPLETED = 0;
    static final int STOPPED = 3;
    /** 128 + SIGINT, as a shell reports a process that Ctrl-C ended. */
    static final int INTERRUPTED = 130;

    private ExitStatus() {
    }
}
