package dev.hangtime.routines.journal;

import dev.hangtime.routines.files.IoTrouble;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Appends lines to this device's journal file, {@code <device>.jsonl} in the journal folder, on a thread of
 * its own, so that a slow or full disk never holds up a running session: {@link #write} only queues.
 *
 * <p>If a line cannot be written (a full disk, a folder that may not be written), the writer says so once,
 * through the trouble callback, and writes nothing more: a session with lines missing in the middle would
 * tell a wrong story. The file is opened on the first line, so opening the writer never fails.
 */
public final class JournalWriter implements AutoCloseable {

    /** How a writer gets at its file; tests give one that fails. */
    @FunctionalInterface
    interface Opener {
        Appender open() throws IOException;
    }

    private final Opener opener;
    private final String name;
    /** The folder and device the writer writes for; no folder for a writer made by a test around an opener. */
    private final Optional<Path> folder;
    private final String device;
    private final Consumer<String> onTrouble;
    private final ScheduledThreadPoolExecutor thread;

    /** Touched on the writer's thread only. */
    private Appender appender;
    private volatile boolean failed;
    private volatile boolean closed;

    JournalWriter(Opener opener, String name, Consumer<String> onTrouble) {
        this(opener, name, Optional.empty(), "", onTrouble);
    }

    private JournalWriter(Opener opener, String name, Optional<Path> folder, String device,
            Consumer<String> onTrouble) {
        this.opener = opener;
        this.name = name;
        this.folder = folder;
        this.device = device;
        this.onTrouble = onTrouble;
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "hangtime-journal");
            t.setDaemon(true);
            return t;
        });
        thread.setRemoveOnCancelPolicy(true);
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * A writer for {@code device}'s file in {@code folder}.
     *
     * @param clock stamps the {@code repaired} line written when the file's last line was found torn
     * @param onTrouble told once, on the writer's thread, why the journal could not be written
     */
    public static JournalWriter open(Path folder, String device, Clock clock, Consumer<String> onTrouble) {
        Path file = folder.resolve(DeviceName.fileName(device));
        return new JournalWriter(() -> AppendFile.open(file, clock), file.toString(), Optional.of(folder), device,
                onTrouble);
    }

    /** The journal folder it writes in. */
    Optional<Path> folder() {
        return folder;
    }

    /** The device whose file it writes. */
    String device() {
        return device;
    }

    /**
     * Queues {@code line} to be encoded, appended and forced to disk. Only queues: never blocks on the disk,
     * never throws, and costs the session's thread, which calls it just before a step's cue, next to nothing.
     */
    public void write(JournalLine line) {
        if (closed) {
            return;
        }
        try {
            // Encoded on the writer's thread too: the first line encoded in a JVM takes about 90 ms (the JSON
            // mapper builds its serializers), which on the session's thread made the first cue that late.
            thread.execute(() -> append((LineWriter.write(line) + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (RejectedExecutionException e) {
            // closed in the meantime
        }
    }

    /**
     * Appends, every {@code period}, the line {@code source} gives, if it gives one. The source runs on the
     * writer's thread.
     */
    public void every(Duration period, Supplier<Optional<JournalLine>> source) {
        long nanos = period.toNanos();
        thread.scheduleAtFixedRate(() -> source.get().ifPresent(line ->
                append((LineWriter.write(line) + "\n").getBytes(StandardCharsets.UTF_8))), nanos, nanos,
                TimeUnit.NANOSECONDS);
    }

    /**
     * Waits up to {@code timeout} until every line queued so far is on disk or has failed.
     *
     * @return whether they all were written: false if one failed or the time ran out
     */
    public boolean flush(Duration timeout) {
        Future<?> done;
        try {
            done = thread.submit(() -> { });
        } catch (RejectedExecutionException e) {
            return !failed;
        }
        try {
            done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return !failed;
    }

    /** Whether a line could not be written; after that, nothing more is. */
    public boolean failed() {
        return failed;
    }

    /** Writes what is queued (waiting a few seconds at most), then closes the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        flush(Duration.ofSeconds(5));
        closed = true;
        thread.shutdown();
        try {
            if (thread.awaitTermination(5, TimeUnit.SECONDS) && appender != null) {
                appender.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // Every line was forced already; a failing close loses nothing.
        }
    }

    private void append(byte[] bytes) {
        if (failed) {
            return;
        }
        try {
            if (appender == null) {
                appender = opener.open();
            }
            appender.append(bytes);
        } catch (IOException | RuntimeException e) {
            failed = true;
            onTrouble.accept("the journal " + name + " could not be written (" + reason(e) + ")");
        }
    }

    /** In plain words, without the path, which the sentence already names. */
    private static String reason(Exception e) {
        return IoTrouble.words(e);
    }
}
