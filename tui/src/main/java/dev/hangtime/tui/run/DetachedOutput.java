package dev.hangtime.tui.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An output written on a thread of its own, so that a reader who stops reading (a pipe into a stalled script)
 * never holds up the session, its cues or its journal: whole lines wait in a bounded queue, and when it is full
 * they are dropped, and that is said once.
 */
public final class DetachedOutput implements AutoCloseable {

    /** Lines waiting to be written, at most; about a minute of {@code --events} at a thousandfold speed. */
    static final int CAPACITY = 4096;

    private final BlockingQueue<byte[]> lines;
    private final PrintStream target;
    private final Runnable onFirstDrop;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final PrintStream stream;

    /**
     * @param onFirstDrop told, once, on the caller's thread, when the first line is dropped; it must not block
     */
    DetachedOutput(PrintStream target, int capacity, String threadName, Runnable onFirstDrop) {
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.target = target;
        this.onFirstDrop = onFirstDrop;
        this.stream = new PrintStream(new LineQueue(), false, StandardCharsets.UTF_8);
        Thread writer = new Thread(this::drain, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Standard output and error for a session run line by line: neither can hold it up. What is dropped from
     * standard output is said once on standard error.
     */
    public static Pair of(PrintStream out, PrintStream err) {
        DetachedOutput detachedErr = new DetachedOutput(err, CAPACITY, "hangtime-stderr", () -> { });
        DetachedOutput detachedOut = new DetachedOutput(out, CAPACITY, "hangtime-stdout",
                () -> detachedErr.stream().println("hangtime: standard output is not being read, so lines are being"
                        + " dropped; the session goes on"));
        return new Pair(detachedOut, detachedErr);
    }

    /** Standard output and error, each detached. */
    public record Pair(DetachedOutput out, DetachedOutput err) implements AutoCloseable {

        /** Waits up to a second for each to be written out. */
        @Override
        public void close() {
            out.close();
            err.close();
        }
    }

    /** Where to print; each line is queued once complete or flushed, and nothing waits for the reader. */
    public PrintStream stream() {
        return stream;
    }

    /** How many lines were dropped because nobody read them. */
    long dropped() {
        return dropped.get();
    }

    /** Waits up to a second for what is queued to be written; a reader that never reads loses the rest. */
    @Override
    public void close() {
        stream.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (written.get() < queued.get() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drain() {
        try {
            while (true) {
                byte[] line = lines.take();
                target.write(line, 0, line.length);
                if (lines.isEmpty()) {
                    target.flush();
                }
                written.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(byte[] line) {
        if (lines.offer(line)) {
            queued.incrementAndGet();
        } else if (dropped.getAndIncrement() == 0) {
            onFirstDrop.run();
        }
    }

    /** Gathers bytes into lines and queues each line as it ends or is flushed. */
    private final class LineQueue extends OutputStream {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
                offer(pending.toByteArray());
                pending.reset();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        /** Queues a part line too, such as the bell's one character. */
        @Override
        public synchronized void flush() {
            if (pending.size() > 0) {
                offer(pending.toByteArray());
                pending.reset();
            }
        }
    }
}
