package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Years of daily sessions, read in a real JVM with less memory than the app is given. */
class LargeJournalTest {

    @TempDir
    Path folder;

    @TempDir
    Path output;

    @Test
    void read_fiveThousandSessions_inA32MegabyteHeap() throws IOException, InterruptedException {
        // About seven years of two sessions a day: 252,395 lines, 41 MB.
        JournalGenerator.generate(folder, 5000);

        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ReadMain.class.getName(), folder.toString()).redirectErrorStream(true)
                .redirectOutput(output.resolve("said.txt").toFile()).start();
        boolean ended = reader.waitFor(60, TimeUnit.SECONDS);
        reader.destroyForcibly();
        String said = Files.readString(output.resolve("said.txt")).strip();

        assertEquals(List.of(true, 0, "5000 sessions, 5000 completed, 0 problems"),
                List.of(ended, ended ? reader.exitValue() : -1, said));
    }
}
