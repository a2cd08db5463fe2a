package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the middle of an ice pack, sent to a real process. */
class InterruptTest {

    @TempDir
    Path home;

    @Test
    void sigint_midSession_endsTheSessionCleanlyWithStatus130() throws IOException, InterruptedException {
        Path routine = Files.writeString(home.resolve("ice.json"),
                "{\"hangtime\": 1, \"name\": \"Ice\", \"steps\": [{\"type\": \"ice\", \"duration\": \"15m\"}]}");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hangtime.tui.Main", "run", routine.toString(),
                "--events", "--mute");
        builder.environment().put("HANGTIME_HOME", home.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.contains("\"segment-start\"")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                }
            }
        }

        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the process ended");
        assertEquals(130, process.exitValue());
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(2).contains("\"event\":\"segment-end\",\"index\":0,\"completed\":false"), lines::toString);
        assertTrue(lines.get(3).contains("\"event\":\"session-end\",\"completed\":false"), lines::toString);
    }
}
