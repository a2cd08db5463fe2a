package dev.hangtime.tui.sound;

import dev.hangtime.core.cue.StandIn;
import java.io.PrintStream;

/** What the terminal does for a cue that cannot be heard: rings the bell, or flashes the full screen. */
public final class TerminalStandIns {

    private TerminalStandIns() {
    }

    /** Rings the bell by writing BEL to {@code terminal}: use standard error, which scripts do not parse. */
    public static StandIn bell(PrintStream terminal) {
        return new StandIn("the terminal bell rings for each cue", () -> {
            terminal.print('\u0007');
            terminal.flush();
        });
    }

    /** Flashes the full-screen app, by {@code flash}: nothing may be printed while it has the screen. */
    public static StandIn flash(Runnable flash) {
        return new StandIn("the screen flashes for each cue", flash);
    }
}
