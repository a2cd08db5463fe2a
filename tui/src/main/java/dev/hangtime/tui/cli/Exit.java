package dev.hangtime.tui.cli;

/** Exit statuses shared by every command (cli.md). */
final class Exit {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private Exit() {
    }
}
