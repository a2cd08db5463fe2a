package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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

    @Test
    void sigkill_thenBareHangtime_offersToPickTheSessionUpAndGoesOn() throws Exception {
        keys("Space");
        awaitScreen("Space pause");
        awaitJournal("\"type\":\"segment-start\"");
        Files.writeString(dir.resolve("then.sh"), "sh " + quote(LAUNCHER.toAbsolutePath().normalize()) + "\n");

        appProcess().destroyForcibly();
        String offer = awaitScreen("Pick up where you stopped?");
        // The offer takes no answer in its first moments on screen, as a person reading it would not give one.
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ResumePage.SETTLE_NANOS) + 100);
        keys("y");
        String resumed = awaitScreen("Space pause");
        keys("C-c");
        awaitJournal("\"type\":\"session-continue\"");

        assertTrue(offer.contains("End-to-end walk was cut off moments ago in Walk (step 1 of 2)"), offer);
        assertTrue(resumed.contains("End-to-end walk") && resumed.contains("step 1 of 2"), resumed);
    }

    /** Waits until this device's journal has a line with {@code text}. */
    private void awaitJournal(String text) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (!journalHas(text)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the journal never had " + text);
            }
            Thread.sleep(50);
        }
    }

    private boolean journalHas(String text) throws Exception {
        Path journal = dir.resolve("journal");
        if (!Files.isDirectory(journal)) {
            return false;
        }
        try (Stream<Path> files = Files.list(journal)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
