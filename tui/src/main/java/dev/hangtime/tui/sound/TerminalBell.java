package dev.hangtime.tui.sound;

import java.io.PrintStream;

/** The terminal's stand-in for a cue that cannot be heard: the bell, rung by writing BEL. */
public final class TerminalBell {

    private TerminalBell() {
    }

    /** Rings the bell by writing BEL to {@code terminal}: use standard error, which scripts do not parse. */
    public static Runnable on(PrintStream terminal) {
        return () -> {
            terminal.print('\u0007');
            terminal.flush();
        };
    }
}
