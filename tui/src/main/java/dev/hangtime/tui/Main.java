package dev.hangtime.tui;

import dev.hangtime.tui.cli.Cli;
import dev.hangtime.tui.cli.Console;
import dev.hangtime.tui.cli.LibraryLaunch;
import dev.hangtime.tui.screen.FullScreenApp;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code hangtime} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: labels carry "°" and "—", and scripts read --events as UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Console console = new Console(System.in, out, err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null);
        if (args.length == 0 && console.interactive() && FullScreenApp.terminalAvailable()) {
            // Straight to the library, without the command-line parser, which takes about 100 ms to load:
            // two thirds of the time the first screen may take.
            try {
                System.exit(LibraryLaunch.open(console));
            } catch (IOException e) {
                err.println("hangtime: cannot take over the terminal (" + e.getMessage()
                        + "); the commands below work without it");
            }
        }
        System.exit(Cli.execute(console, args));
    }
}
