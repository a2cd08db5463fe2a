package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a real terminal (tmux, as {@link FullScreenIT}): a first session with inversion meets the safety
 * screen, and a plan started shows day 1 in {@code hangtime today} and in the library's Today section.
 */
class SafetyAndTodayIT {

    private static final Path JAR = Path.of("target", "hangtime.jar");
    private static final long PATIENCE_MS = 20_000;

    @TempDir
    Path dir;

    private final Tmux tmux = new Tmux("hangtime-safety");

    @BeforeEach
    void needsTmux() {
        assumeTrue(Tmux.installed(), "tmux is not installed; the end-to-end test needs it (apt-get install tmux)");
    }

    @AfterEach
    void stopTmux() throws Exception {
        tmux.kill();
    }

    /** Runs {@code commands} (hangtime standing for the built jar) in a shell in a 100×30 window. */
    private void start(String... commands) throws Exception {
        String hangtime = "java -jar " + FullScreenIT.quote(JAR.toAbsolutePath());
        List<String> lines = new ArrayList<>(List.of("cd " + FullScreenIT.quote(dir),
                "export HANGTIME_HOME=" + FullScreenIT.quote(dir)));
        for (String command : commands) {
            lines.add(command.replace("hangtime", hangtime));
        }
        lines.add("echo \"status $?\"");
        lines.add("sleep 600");
        Files.writeString(dir.resolve("run.sh"), String.join("\n", lines) + "\n");
        tmux.run("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30",
                "env LANG=C.UTF-8 LC_ALL=C.UTF-8 sh " + FullScreenIT.quote(dir.resolve("run.sh")));
    }

    @Test
    void aFirstInversionSession_showsTheSafetyScreen_andYesGoesOnToTheShortCheck() throws Exception {
        start("hangtime run inversion-first-weeks --mute");

        String safety = awaitScreen("before your first inversion");
        keys("y");
        awaitScreen("How is your pain now, 0–10?");
        keys("Escape");
        String ready = awaitScreen("Safety check: tether set");
        keys("q");
        String after = awaitScreen("status ");

        assertTrue(safety.contains("Before you invert") && safety.contains("glaucoma or another eye disease")
                && safety.contains("y none applies   n something applies   Esc back"), safety);
        assertTrue(ready.contains("READY — press Space to start"), ready);
        assertTrue(after.contains("status 3"), after);
        assertTrue(journal().contains("\"type\":\"safety\"") && journal().contains("\"answer\":\"none-applies\""),
                journal());
    }

    @Test
    void todayAfterPlanStart_showsDay1_andSoDoesTheLibrary() throws Exception {
        start("hangtime plan start walking-12-weeks", "hangtime today", "echo 'today shown'", "read line", "hangtime");

        String today = awaitScreen("today shown");
        keys("Enter");
        String library = awaitScreen("Enter runs it with this week's values");
        keys("Escape");

        assertTrue(today.contains("Walking: 12 weeks: week 1 of 12, day 1."), today);
        assertTrue(today.contains("  to do      Walking: an easy walk — main walk 6 min (10:00): today 0 of 1, this week"
                + " 0 of 5"), today);
        assertTrue(today.contains("             hangtime run walking-easy --plan walking-12-weeks"), today);
        assertTrue(library.contains("▶ to do      Walking: an easy walk — main walk 6 min (10:00)"), library);
        assertTrue(awaitScreen("status ").contains("status 0"));
    }

    private String journal() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private void keys(String key) throws Exception {
        tmux.run("send-keys", "-t", "e2e", key);
    }

    private String screen() throws Exception {
        return tmux.run("capture-pane", "-p", "-t", "e2e");
    }

    private String awaitScreen(String text) throws Exception {
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
}
