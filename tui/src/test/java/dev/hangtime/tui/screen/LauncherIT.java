package dev.hangtime.tui.screen;

import java.nio.file.Path;

/**
 * The end-to-end test of {@link FullScreenIT} through the real launcher at the repository's root, as a user
 * starts it: {@code ./hangtime run e2e.json}. The screen's return cannot be watched from outside, so the
 * terminal is checked once the program has exited.
 */
class LauncherIT extends FullScreenIT {

    private static final Path LAUNCHER = Path.of("..", "hangtime");

    @Override
    String app() {
        return "sh " + quote(LAUNCHER.toAbsolutePath().normalize()) + " run e2e.json --mute";
    }

    /** The session is kept: Enter passes over the pain question first, then closes. */
    @Override
    void leaveEndPage() throws Exception {
        awaitScreen("How is your pain now, 0–10?");
        keys("Enter");
        awaitScreen("Enter close");
        keys("Enter");
    }

    @Override
    boolean recordsReturn() {
        return false;
    }
}
