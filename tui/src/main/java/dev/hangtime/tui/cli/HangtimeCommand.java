package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.tui.screen.FullScreenApp;
import java.io.IOException;

/** {@code hangtime} with no command: the full-screen app on the library in a terminal; elsewhere, the help. */
final class HangtimeCommand {

    private final Console console;

    HangtimeCommand(Console console) {
        this.console = console;
    }

    int call() {
        if (console.interactive() && FullScreenApp.terminalAvailable()) {
            try {
                return LibraryLaunch.open(console);
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
