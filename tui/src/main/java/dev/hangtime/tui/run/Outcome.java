package dev.hangtime.tui.run;

/** How a session run ended, and the exit status that says so (cli.md). */
public enum Outcome {
    COMPLETED(0), STOPPED(3), INTERRUPTED(130);

    private final int exitStatus;

    Outcome(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
