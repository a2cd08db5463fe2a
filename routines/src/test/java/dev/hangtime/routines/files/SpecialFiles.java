package dev.hangtime.routines.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Files that are not regular files, made for tests: a named pipe nobody writes to opens for ever. */
public final class SpecialFiles {

    /** How long a test waits for what should take no time, so that a hang fails the test instead of the build. */
    public static final Duration HANG = Duration.ofSeconds(10);

    private SpecialFiles() {
    }

    /** Makes a named pipe (FIFO) at {@code path} with {@code mkfifo}; the test is skipped where there is none. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo on this system");
        Process mkfifo = new ProcessBuilder("/usr/bin/mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }
}
