package dev.hangtime.core.control;

/** How a session ended, and the exit status that says so. */
public enum Outcome {
    COMPLETED(ExitStatus.OK), STOPPED(ExitStatus.STOPPED), INTERRUPTED(ExitStatus.INTERRUPTED);

    private final int exitStatus;

    Outcome(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
