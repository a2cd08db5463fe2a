package dev.hangtime.tui.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** The real command line at a fixed moment, its home in a temporary folder, at a terminal or not. */
final class At {

    private final Path home;
    private final Clock clock;

    private At(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** At {@code instant}, in Paris. */
    static At moment(Path home, String instant) {
        return new At(home, Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Paris")));
    }

    /** The command, with nothing on standard input and nobody at a terminal. */
    CliRun run(String... args) {
        return run(false, "", args);
    }

    /** The command, with {@code input} on standard input, at a terminal when {@code interactive}. */
    CliRun run(boolean interactive, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HANGTIME_HOME", home.toString(), "HOSTNAME", "laptop"), home, interactive);
        int status = Cli.execute(console, () -> clock, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
