package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.hangtime.core.routine.SegmentKind;
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

    private static String said(Path folder, Path output, String heap) throws IOException, InterruptedException {
        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", heap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ReadMain.class.getName(), folder.toString()).redirectErrorStream(true)
                .redirectOutput(output.resolve("said.txt").toFile()).start();
        boolean ended = reader.waitFor(60, TimeUnit.SECONDS);
        reader.destroyForcibly();
        return (ended ? "exit " + reader.exitValue() + ": " : "still running: ")
                + Files.readString(output.resolve("said.txt")).strip();
    }

    @Test
    void read_aForeignJournalOfHugeNames_leavesThisDevicesSessionsWhole_inA16MegabyteHeap() throws Exception {
        // given this device's three sessions, and another file of 40 sessions, each named with 900 KB: 36 MB
        Files.writeString(folder.resolve("laptop.jsonl"), String.join("", List.of(
                new Script(1, "2026-03-02T06:30:00Z", "UTC").start("a", 1, null).run(0, 0, SegmentKind.WALK, 60)
                        .ended(60, Ending.COMPLETED, 60).text(),
                new Script(2, "2026-03-03T06:30:00Z", "UTC").start("b", 1, null).run(0, 0, SegmentKind.WALK, 60)
                        .ended(60, Ending.COMPLETED, 60).text(),
                new Script(3, "2026-03-04T06:30:00Z", "UTC").start("c", 1, null).run(0, 0, SegmentKind.WALK, 60)
                        .ended(60, Ending.COMPLETED, 60).text())));
        String huge = "n".repeat(900 * 1024);
        try (java.io.Writer out = Files.newBufferedWriter(folder.resolve("foreign.jsonl"))) {
            for (int n = 0; n < 40; n++) {
                out.write(new Script(100 + n, "2026-03-05T06:30:00Z", "UTC").start("huge", 1, null).text()
                        .replace("\"name\":\"Routine huge\"", "\"name\":\"" + n + huge + "\""));
            }
        }

        // when
        String said = said(folder, output, "-Xmx16m");

        // then the huge lines are skipped, one problem for them all, and the three sessions are read
        assertEquals("exit 0: 3 sessions, 3 completed, 1 problems", said);
    }

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
