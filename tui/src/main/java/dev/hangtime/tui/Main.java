package dev.hangtime.tui;

import dev.hangtime.tui.cli.Cli;
import dev.hangtime.tui.cli.Console;
import dev.hangtime.tui.run.StandardInput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
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
        // Closed by the caller, descriptor 0 is a file of the JVM's own: an input that has ended, not commands.
        InputStream in = StandardInput.isGiven() ? System.in : InputStream.nullInputStream();
        Console console = new Console(in, out, err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null);
        System.exit(Cli.execute(console, args));
    }
}
