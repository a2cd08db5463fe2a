package dev.hangtime.tui.run;

import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.text.SafeText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Reads plain-mode commands from standard input, a line each, on a daemon thread of its own. */
public final class InputReader {

    private InputReader() {
    }

    /** Starts reading {@code in}, posting each command to {@code loop}, and telling it when the input ends. */
    public static void start(InputStream in, SessionLoop loop, PrintStream err) {
        Thread reader = new Thread(() -> read(in, loop, err), "hangtime-input");
        reader.setDaemon(true);
        reader.start();
    }

    static void read(InputStream in, SessionLoop loop, PrintStream err) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!loop.typed(line)) {
                    err.println("hangtime: \"" + SafeText.line(line.strip()) + "\" is not a command ("
                            + KeyMap.LINES_HELP + ")");
                }
            }
        } catch (IOException e) {
            err.println("hangtime: standard input failed (" + e.getMessage() + "); the session goes on without it");
        }
        loop.inputClosed();
    }
}
