package dev.hangtime.routines.journal;

import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code resume} started together, in processes of their own: only one picks the session up. */
class ResumeClaimTest {

    @TempDir
    Path folder;

    @Test
    void twoProcessesResumingTheSameSession_onlyOneGoesOn() throws Exception {
        // given a session cut off a minute ago in its ice
        Instant start = Instant.now().minusSeconds(180).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Files.writeString(folder.resolve("laptop.jsonl"), new Script(1, start.toString(), "UTC").start("ice", 2, null)
                .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(120, 1, 60).text(), StandardCharsets.UTF_8);

        // when two processes pick it up at the same moment
        List<Process> processes = new ArrayList<>();
        for (String name : List.of("one", "two")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    ResumeMain.class.getName(), folder.toString(), name).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(name + ".txt").toFile()).start());
        }
        for (Process process : processes) {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        // then one goes on, the other is told the session runs, and one session-continue line is in the journal
        List<String> said = new ArrayList<>();
        for (String name : List.of("one", "two")) {
            said.add(Files.readString(folder.resolve(name + ".txt")).strip().replaceAll("process \\d+", "process N"));
        }
        said.sort(null);
        assertEquals(List.of("continued", "refused: the last session here, Routine ice, is still running (process N)"),
                said);
        assertEquals(1L, Files.readAllLines(folder.resolve("laptop.jsonl")).stream()
                .filter(line -> line.contains("\"type\":\"session-continue\"")).count());
    }
}
