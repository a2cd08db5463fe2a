package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telling whether the process that wrote a session still runs, so a running session is not offered for resuming. */
class ProcessRefTest {

    @Test
    void isAlive_thisProcess_isTrue() {
        assertTrue(ProcessRef.current().isAlive());
    }

    @Test
    void isAlive_aProcessThatEnded_isFalse() throws InterruptedException {
        Process ended = start(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version");
        // With its start time, a new process that happens to get the same id is not taken for it.
        ProcessRef ref = new ProcessRef(ended.pid(), ended.toHandle().info().startInstant());
        ended.waitFor();

        assertFalse(ref.isAlive());
    }

    private static Process start(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void isAlive_aLaterProcessReusingTheId_isFalse() {
        ProcessRef reused = new ProcessRef(ProcessHandle.current().pid(), Optional.of(Instant.parse("2000-01-01T00:00:00Z")));

        assertFalse(reused.isAlive());
    }
}
