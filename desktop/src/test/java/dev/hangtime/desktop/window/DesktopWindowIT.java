package dev.hangtime.desktop.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.SessionRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./hangtime-desktop}, as a user starts it, on a display of its own (Xvfb): it opens a short
 * routine ready to start, Space (sent by xdotool to the window) starts it, the window shows the step and its
 * countdown (read back from the scene), the session runs to its end, and the journal keeps it as completed.
 * A SIGTERM then ends the program.
 *
 * <p>Runs where Xvfb and xdotool are installed ({@code .ci/run} installs them and exports
 * {@code HANGTIME_DESKTOP_E2E=1}, which makes it fail rather than skip when they are missing).
 */
@EnabledIf("dev.hangtime.desktop.window.Display#available")
class DesktopWindowIT {

    /** The first start builds nothing (the jar is packaged) but trains the class-data archive: allow for it. */
    private static final long PATIENCE_SECONDS = 90;

    private static final String ROUTINE = String.join("\n",
            "{",
            "  \"hangtime\": 1,",
            "  \"id\": \"end-to-end\",",
            "  \"name\": \"End to end\",",
            "  \"cues\": {\"countdown\": 2},",
            "  \"steps\": [",
            "    {\"type\": \"exercise\", \"name\": \"Plank\", \"work\": \"5s\"}",
            "  ]",
            "}");

    @Test
    void spaceStartsTheRoutine_theWindowCountsDown_andTheJournalKeepsTheSession(@TempDir Path home)
            throws Exception {
        Path routines = Files.createDirectories(home.resolve("routines"));
        Files.writeString(routines.resolve("end-to-end.json"), ROUTINE);
        Path scene = home.resolve("scene.log");
        try (Display display = Display.start()) {
            ProcessBuilder builder = new ProcessBuilder(Display.root().resolve("hangtime-desktop").toString(),
                    "end-to-end").redirectErrorStream(true).redirectOutput(home.resolve("out.log").toFile());
            builder.environment().put("DISPLAY", display.name());
            builder.environment().put("HANGTIME_HOME", home.toString());
            builder.environment().put("HANGTIME_DESKTOP_JAVA_OPTIONS", "-Dhangtime.desktop.sceneLog=" + scene);
            Process app = builder.start();
            try {
                String window = display.awaitWindow("Hangtime", PATIENCE_SECONDS);
                awaitScene(scene, line -> line.contains("banner=READY — press Space to start")
                        && line.contains("step-label=First: Plank") && line.contains("remaining=0:05"));
                display.key(window, "space");
                String running = awaitScene(scene, line -> line.contains("step-label=Plank")
                        && line.matches(".*remaining=0:0[1-4].*"));
                assertTrue(!running.contains("banner="), "no banner while the step runs: " + running);
                display.screenshot(Path.of("target", "end-to-end-running.png"));
                awaitScene(scene, line -> line.contains("end-headline=Session complete. Well done."));

                List<SessionRecord> sessions = History.read(home.resolve("journal")).sessions();
                assertEquals(1, sessions.size(), "sessions in the journal");
                SessionRecord kept = sessions.get(0);
                assertEquals("end-to-end", kept.routine().id());
                assertEquals(Ending.COMPLETED, kept.ending());
                assertEquals(1, kept.completed());
            } finally {
                app.destroy();
                assertTrue(app.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the program did not end on SIGTERM");
            }
        }
    }

    /** Waits until the scene log has a line that {@code wanted} accepts, and returns it. */
    private static String awaitScene(Path log, Predicate<String> wanted) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        List<String> lines = List.of();
        while (System.nanoTime() < until) {
            if (Files.exists(log)) {
                lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the window never showed it; it showed:\n" + String.join("\n", lines));
    }
}
