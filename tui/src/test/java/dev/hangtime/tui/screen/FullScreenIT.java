package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in a real terminal: the built jar runs in a detached tmux session, keys go in with
 * {@code send-keys}, and the screen comes back with {@code capture-pane}. Runs in the integration-test phase,
 * after the jar is built; skipped only when tmux is not installed.
 */
class FullScreenIT {

    private static final Path JAR = Path.of("target", "hangtime.jar");
    private static final Path TEST_CLASSES = Path.of("target", "test-classes");
    private static final long PATIENCE_MS = 15_000;
    private static final Pattern STEP_SO_FAR = Pattern.compile("(\\d+:\\d\\d) of 0:30");

    private static final String ROUTINE = "{\"hangtime\": 1, \"id\": \"e2e\", \"name\": \"End-to-end walk\", "
            + "\"steps\": [{\"type\": \"walk\", \"duration\": \"30s\", \"note\": \"Walk at an easy pace.\"}, "
            + "{\"type\": \"rest\", \"duration\": \"5s\"}]}";

    @TempDir
    Path dir;

    private final Tmux tmux = new Tmux("hangtime-e2e");

    @BeforeEach
    void startApp() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed; the end-to-end test needs it (apt-get install tmux)");
        Files.writeString(dir.resolve("e2e.json"), ROUTINE);
        // The script records the terminal's settings before and after, and the app's exit status.
        String script = String.join("\n",
                "cd " + quote(dir),
                "export HANGTIME_HOME=" + quote(dir),
                "stty -g > stty.before",
                app(),
                "echo $? > status",
                "stty -g > stty.after",
                "echo 'shell is back'",
                // A test may give the shell something more to run once the app has gone.
                "if [ -f then.sh ]; then . ./then.sh; fi",
                "sleep 600");
        Files.writeString(dir.resolve("run.sh"), script + "\n");
        tmux.run("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30",
                "env LANG=C.UTF-8 LC_ALL=C.UTF-8 sh " + quote(dir.resolve("run.sh")));
        awaitScreen("press Space to start");
    }

    /**
     * The command that opens {@code e2e.json} on the session screen: a test launcher that also writes the
     * terminal's settings to {@code stty.returned} at the moment the screen returns.
     */
    String app() {
        String classpath = JAR.toAbsolutePath() + ":" + TEST_CLASSES.toAbsolutePath();
        return "java -cp " + quote(classpath) + " dev.hangtime.tui.screen.ScreenDemo e2e.json stty.returned";
    }

    /** Closes the end page with Enter, as a session that is not kept shows it. */
    void leaveEndPage() throws Exception {
        keys("Enter");
    }

    /** Whether {@link #app()} writes {@code stty.returned}. */
    boolean recordsReturn() {
        return true;
    }

    @AfterEach
    void stopTmux() throws Exception {
        tmux.kill();
    }

    @Test
    void pauseResumeAndStop_leaveWithStatus3AndTheTerminalAsItWas() throws Exception {
        keys("Space");
        awaitScreen("Space pause");
        awaitStepSoFarOtherThan("0:00");

        keys("Space");
        String paused = awaitScreen("PAUSED — press Space to resume");
        String frozen = stepSoFar(paused);
        Thread.sleep(2_500);
        String stillPaused = screen();

        keys("Space");
        awaitScreen("Space pause");
        String resumed = awaitStepSoFarOtherThan(frozen);

        keys("q");
        awaitScreen("Stop the session?");
        keys("y");
        awaitScreen("Session stopped.");
        leaveEndPage();
        awaitScreen("shell is back");

        assertEquals(List.of(frozen, true), List.of(stepSoFar(stillPaused), stillPaused.contains("PAUSED")));
        assertTrue(seconds(stepSoFar(resumed)) > seconds(frozen), resumed);
        assertEquals("3", status());
        assertTerminalRestored();
    }

    @Test
    void ctrlC_leavesWith130AndTheTerminalAsItWas() throws Exception {
        keys("Space");
        awaitScreen("Space pause");

        keys("C-c");
        awaitScreen("shell is back");

        assertEquals("130", status());
        assertTerminalRestored();
    }

    @Test
    void sigterm_restoresTheTerminalOnTheWayOut() throws Exception {
        keys("Space");
        awaitScreen("Space pause");

        appProcess().destroy();
        awaitScreen("shell is back");

        assertEquals("143", status());
        assertTerminalRestoredAtExit();
    }

    /** The app's process: the one the shell in the window runs. */
    ProcessHandle appProcess() throws Exception {
        long shell = Long.parseLong(tmux.run("display-message", "-p", "-t", "e2e", "#{pane_pid}").trim());
        return ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
    }

    /** The terminal's settings as they were, both when the screen returned and after exit; no alternate screen; a cursor. */
    private void assertTerminalRestored() throws Exception {
        if (!recordsReturn()) {
            assertTerminalRestoredAtExit();
            return;
        }
        String before = Files.readString(dir.resolve("stty.before"));
        String modes = tmux.run("display-message", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag}").trim();
        assertEquals(List.of(before, before, "0 1"), List.of(Files.readString(dir.resolve("stty.returned")),
                Files.readString(dir.resolve("stty.after")), modes));
    }

    /** After SIGTERM the screen never returns; only the shutdown hook can give the terminal back. */
    private void assertTerminalRestoredAtExit() throws Exception {
        String modes = tmux.run("display-message", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag}").trim();
        assertEquals(List.of(Files.readString(dir.resolve("stty.before")), "0 1"),
                List.of(Files.readString(dir.resolve("stty.after")), modes));
    }

    private String status() throws IOException {
        return Files.readString(dir.resolve("status")).trim();
    }

    void keys(String key) throws Exception {
        tmux.run("send-keys", "-t", "e2e", key);
    }

    private String screen() throws Exception {
        return tmux.run("capture-pane", "-p", "-t", "e2e");
    }

    /** Waits until the screen shows {@code text}, and returns the screen. */
    String awaitScreen(String text) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the screen never showed \"" + text + "\"; it shows:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Waits until the step's time so far, under its bar, reads other than {@code reading}. */
    private String awaitStepSoFarOtherThan(String reading) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        String screen = screen();
        while (reading.equals(stepSoFar(screen))) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the time stayed at " + reading + "; the screen shows:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    private static String stepSoFar(String screen) {
        Matcher m = STEP_SO_FAR.matcher(screen);
        return m.find() ? m.group(1) : "none";
    }

    private static int seconds(String reading) {
        String[] parts = reading.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }


    static String quote(Object path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }
}
