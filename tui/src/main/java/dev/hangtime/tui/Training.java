package dev.hangtime.tui;

import dev.hangtime.tui.cli.Cli;
import dev.hangtime.tui.cli.Console;
import dev.hangtime.tui.screen.ArchiveTraining;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run for the launcher's class-data archive: the command line's way to a routine (parsing
 * arguments, settings, the library, a timeline shown as text and JSON), the journal's (writing a line, reading
 * it back for history, stats and resume), then every screen of the full-screen app. It prints nothing and touches no terminal and no user file.
 *
 * <pre>
 * java -XX:DumpLoadedClassList=hangtime.classes -cp hangtime.jar dev.hangtime.tui.Training
 * java -Xshare:dump -XX:SharedClassListFile=hangtime.classes -XX:SharedArchiveFile=hangtime.jsa -cp hangtime.jar
 * </pre>
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("hangtime-training");
        try {
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Console console = new Console(new ByteArrayInputStream(new byte[0]), nowhere, nowhere,
                    Map.of("HANGTIME_HOME", home.toString()), home, false);
            Cli.execute(console, "list");
            Cli.execute(console, "show", "inversion-first-weeks");
            Cli.execute(console, "show", "core-big-three", "--json");
            // A journal of its own, read as the history screen and the offer to resume read the user's.
            Cli.execute(console, "pain", "3", "--note", "training");
            Cli.execute(console, "history");
            Cli.execute(console, "stats");
            Cli.execute(console, "resume", "--plain");
            ArchiveTraining.main(args);
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
