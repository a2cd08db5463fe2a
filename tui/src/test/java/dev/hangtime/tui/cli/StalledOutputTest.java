package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.SessionRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session whose output goes into a pipe nobody reads still runs to its end, and the journal keeps it. */
class StalledOutputTest {

    /** Standard output that nobody reads: every write waits until the test is over. */
    private final CountDownLatch over = new CountDownLatch(1);
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @TempDir
    Path home;

    @AfterEach
    void letGo() {
        over.countDown();
        runner.shutdownNow();
    }

    @Test
    void events_intoAStalledPipe_doNotHoldUpTheSessionOrItsJournal() throws Exception {
        Path routine = Files.writeString(home.resolve("short.json"), "{\"hangtime\": 1, \"name\": \"Short\", \"steps\": ["
                + "{\"type\": \"rest\", \"duration\": \"2s\"}]}");
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                try {
                    over.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(stalled, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HANGTIME_HOME", home.toString()), home, false);

        Future<Integer> status = runner.submit(() -> Cli.execute(console, "run", routine.toString(), "--events",
                "--mute"));

        assertEquals(0, status.get(15, TimeUnit.SECONDS));
        List<SessionRecord> sessions = History.read(home.resolve("journal")).sessions();
        assertEquals(List.of(1, Ending.COMPLETED), List.of(sessions.size(), sessions.get(0).ending()));
    }
}
