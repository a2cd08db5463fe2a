package dev.hangtime.tui.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads and writes: its streams, environment and home folder, passed in so that tests run
 * the real commands against temporary folders and captured output.
 *
 * @param interactive whether standard input and output are a terminal
 */
public record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment,
        Path userHome, boolean interactive) {
}
