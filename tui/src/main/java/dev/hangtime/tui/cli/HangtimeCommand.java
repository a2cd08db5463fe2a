package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.tui.screen.FullScreenApp;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;

/** {@code hangtime} with no command: the full-screen app on the library in a terminal; elsewhere, the help. */
final class HangtimeCommand {

    private final Console console;
    private final Supplier<Clock> clock;

    HangtimeCommand(Console console, Supplier<Clock> clock) {
        this.clock = clock;
        this.console = console;
    }

    int call() {
        if (console.interactive() && FullScreenApp.terminalAvailable()) {
            try {
                return LibraryLaunch.open(console, clock);
            } catch (IOException e) {
                console.err().println("hangtime: cannot take over the terminal (" + e.getMessage()
                        + "); the commands below work without it");
            }
        } else {
            console.err().println("hangtime: no terminal here, so no full-screen app; the commands below work"
                    + " anywhere");
        }
        Cli.printHelp(console.out());
        return ExitStatus.OK;
    }
}
