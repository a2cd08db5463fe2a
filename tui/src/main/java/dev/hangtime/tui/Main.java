package dev.hangtime.tui;

import dev.hangtime.tui.cli.Cli;
import dev.hangtime.tui.cli.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
        System.exit(Cli.execute(console, args));
    }
}
