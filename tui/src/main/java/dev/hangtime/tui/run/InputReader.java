package dev.hangtime.tui.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Reads plain-mode commands from standard input, a line each, on a daemon thread of its own. */
public final class InputReader {

    static final String HELP = "empty line: done, p: pause or resume, n: skip, b: back, +: add 30 s, q: stop";

    private InputReader() {
    }

    /** Starts reading {@code in}, posting each command to {@code loop} and INPUT_CLOSED at the end. */
    public static void start(InputStream in, SessionLoop loop, PrintStream err) {
        Thread reader = new Thread(() -> read(in, loop, err), "hangtime-input");
        reader.setDaemon(true);
        reader.start();
    }

    static void read(InputStream in, SessionLoop loop, PrintStream err) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String typed = line;
                Command.ofLine(line).ifPresentOrElse(loop::post,
                        () -> err.println("hangtime: \"" + dev.hangtime.core.text.SafeText.line(typed.strip())
                                + "\" is not a command (" + HELP + ")"));
            }
        } catch (IOException e) {
            err.println("hangtime: standard input failed (" + e.getMessage() + "); the session goes on without it");
        }
        loop.post(Command.INPUT_CLOSED);
    }
}
