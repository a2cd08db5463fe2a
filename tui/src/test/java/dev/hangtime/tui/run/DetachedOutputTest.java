package dev.hangtime.tui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DetachedOutputTest {

    /** An output nobody reads: its first write waits until the test lets it go. */
    private static final class Stalled extends OutputStream {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(int b) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void lines_reachTheTarget_inOrder() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DetachedOutput output = new DetachedOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8), 8, "test",
                () -> { });

        output.stream().println("[0:00:00] Starting Hold: 1 step, 0:20.");
        output.stream().print('\u0007');
        output.stream().flush();
        output.stream().println("[0:00:20] Done.");
        output.close();

        assertEquals("[0:00:00] Starting Hold: 1 step, 0:20.\n\u0007[0:00:20] Done.\n",
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStalledReader_neverHoldsUpTheWriter_andLinesPastTheQueueAreDroppedAndSaidOnce()
            throws InterruptedException {
        Stalled stalled = new Stalled();
        List<String> said = new ArrayList<>();
        DetachedOutput output = new DetachedOutput(new PrintStream(stalled, true, StandardCharsets.UTF_8), 2,
                "test", () -> said.add("dropping"));

        output.stream().println("line 0");
        stalled.entered.await();
        for (int i = 1; i < 10; i++) {
            output.stream().println("line " + i);
        }
        output.close();
        stalled.release.countDown();

        // One line is taken by the writer, stuck in its write; two wait in the queue; the rest are dropped.
        assertEquals(List.of(List.of("dropping"), 7L), List.of(said, output.dropped()));
    }
}
