package dev.hangtime.desktop.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Sound;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.sound.Audible;
import dev.hangtime.routines.sound.Recording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * <p>Where the audible tests are switched on ({@code HANGTIME_AUDIBLE=1}, the null sink of {@code .ci/audio-setup}),
 * it also records the sink and checks that each cue was heard, spaced as the routine plans them.
 *
 * <p>Runs where Xvfb and xdotool are installed ({@code .ci/run} installs them and exports
 * {@code HANGTIME_DESKTOP_E2E=1}, which makes it fail rather than skip when they are missing).
 */
@EnabledIf("dev.hangtime.desktop.window.Display#available")
class DesktopWindowIT {

    /**
     * The first start builds nothing (the jar is packaged) but trains and writes the class-data archive, which
     * took over a minute on a loaded machine: allow for it.
     */
    private static final long PATIENCE_SECONDS = 240;

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
        Optional<Recording> recording = Audible.switchedOn() ? Optional.of(Recording.start(Audible.MONITOR))
                : Optional.empty();
        try (Display display = Display.start()) {
            ProcessBuilder builder = new ProcessBuilder(Display.root().resolve("hangtime-desktop").toString(),
                    "end-to-end").redirectErrorStream(true).redirectOutput(Files.createDirectories(Path.of("target")).resolve("end-to-end.log").toFile());
            builder.environment().put("DISPLAY", display.name());
            builder.environment().put("HANGTIME_HOME", home.toString());
            builder.environment().put("HANGTIME_DESKTOP_JAVA_OPTIONS", "-Dhangtime.desktop.sceneLog=" + scene);
            Process app = builder.start();
            try {
                // A first start trains the class-data archive first, in a window of its own out of sight: the
                // window to press keys in is the one found once the session is on screen.
                awaitScene(scene, line -> line.contains("banner=READY — press Space to start")
                        && line.contains("step-label=First: Plank") && line.contains("remaining=0:05"));
                String window = display.awaitWindow("Hangtime", PATIENCE_SECONDS);
                display.key(window, "space");
                String running = awaitScene(scene, line -> line.contains("step-label=Plank")
                        && line.matches(".*remaining=0:0[1-4].*"));
                assertTrue(!running.contains("banner="), "no banner while the step runs: " + running);
                // The name is cut to Linux's 15 characters.
                assertTrue(threadNames(app.pid()).contains("hangtime-pulse-"),
                        "JavaFX's pulse timer was put in the place of GTK's, which never sleeps: " + threadNames(app.pid()));
                display.screenshot(Path.of("target", "end-to-end-running.png"));
                awaitScene(scene, line -> line.contains("end-headline=Session complete. Well done."));
                if (recording.isPresent()) {
                    Thread.sleep(1000);
                    heardOnTime(recording.get().pcm());
                }

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
        } finally {
            recording.ifPresent(Recording::close);
        }
    }

    /** The names of the process's threads, as Linux keeps them. */
    private static List<String> threadNames(long pid) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                names.add(Files.readString(task.resolve("comm")).strip());
            }
        }
        return names;
    }

    /**
     * The session's cues as the null sink heard them: the exercise's start, the countdown's two pips in its
     * last 2 s and the end's chime, at 0, 3, 4 and 5 s, the start at its pitch (C5). When the session started
     * is the window's own, so the test checks the spacing: the pips and the chime, known ahead and handed over
     * early, 1 s apart within 30 ms; the start, which follows a key and so sounds as soon as the output can,
     * up to 150 ms after its moment.
     */
    private static void heardOnTime(short[] pcm) {
        List<Integer> onsets = Audible.onsets(pcm);
        assertEquals(4, onsets.size(), "sounds heard at samples " + onsets);
        double[] ms = new double[4];
        for (int i = 0; i < 4; i++) {
            ms[i] = (onsets.get(i) - onsets.get(1)) * 1000.0 / Sound.SAMPLE_RATE;
        }
        assertEquals(1000, ms[2], 30, "the second pip, from the first");
        assertEquals(2000, ms[3], 30, "the end's chime, from the first pip");
        double startLate = -3000 - ms[0];
        assertTrue(startLate > -30 && startLate < 150, "the start sounded " + startLate + " ms after its moment");
        assertEquals(523.25, Audible.firstNote(pcm, onsets.get(0)), 523.25 * 0.02, "the exercise's start cue");
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
