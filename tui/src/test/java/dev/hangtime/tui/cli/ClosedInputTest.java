package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process started with its standard input closed ({@code <&-}): the JVM takes descriptor 0 for a file of
 * its own, which must not be read as commands.
 */
class ClosedInputTest {

    @TempDir
    Path home;

    @Test
    void closedStandardInput_isNoInput_notTheJvmsOwnFileReadAsCommands() throws IOException, InterruptedException {
        Path routine = Files.writeString(home.resolve("hold.json"), "{\"hangtime\": 1, \"name\": \"Hold\", \"steps\": ["
                + "{\"type\": \"rest\", \"duration\": \"20s\"},"
                + "{\"type\": \"prompt\", \"text\": \"Come up slowly\"}]}");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exec \"$0\" -cp \"$1\" dev.hangtime.tui.Main run \"$2\""
                + " --plain --mute --speed 20 <&-", java, System.getProperty("java.class.path"), routine.toString());
        builder.environment().put("HANGTIME_HOME", home.toString());
        builder.redirectOutput(home.resolve("out.txt").toFile());
        builder.redirectError(home.resolve("err.txt").toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(20, TimeUnit.SECONDS);
        process.destroyForcibly();
        String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8);

        assertTrue(ended, () -> "the process ended; it printed " + out.length() + " and " + err.length()
                + " characters, starting " + err.lines().limit(3).toList());
        List<String> errLines = err.lines().toList();
        assertEquals(List.of(3, List.of("hangtime: standard input has ended, so nobody can say done to this step;"
                + " stopping the session. Run it in a terminal, or pipe in an empty line for each step that waits.")),
                List.of(process.exitValue(), errLines), out + err);
    }
}
