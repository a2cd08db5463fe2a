package dev.hangtime.routines.journal;

import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Takes a cut-off session for this process, so that of two {@code resume} started together only one goes on.
 *
 * <p>Both may find the session cut off and plan to pick it up, but the taking is exclusive: under a lock on
 * the device's lock file ({@code .vm.jsonl.lock} beside {@code vm.jsonl}), the journal is read again, and the
 * session taken only if it is still the device's latest, still cut off as it was found, and no other process
 * picked it up meanwhile; its {@code session-continue} line, with this process in it, is on disk before the lock
 * is let go. The other then reads that line, with a process that runs, and is refused. Taking it again in the
 * same process is allowed: the front ends take it when the user says yes, and the journal of the run that
 * follows takes it again.
 *
 * <p>The lock is a separate file because a POSIX lock on the journal itself would be let go the moment the
 * process closed any other handle on it, as reading the journal does.
 */
public final class ResumeClaim {

    /** How long a claim waits for another process's claim to finish; that takes a read of the journal. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /** The lock is also held within this process: a JVM may not lock one file twice. */
    private static final Object IN_PROCESS = new Object();

    private ResumeClaim() {
    }

    /** The session was taken by another process first, or is no longer there to take. */
    public static final class Taken extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Taken(String why) {
            super(why);
        }
    }

    /**
     * Takes the session {@code plan} picks up, for this process, and writes its {@code session-continue} line.
     *
     * @param writer this device's journal writer, as {@link JournalWriter#open} makes it
     * @return why it could not be taken, in words for the user; empty when it is this process's now (also when the
     *     journal cannot be written, which the writer says itself: the session then goes on without being kept)
     */
    public static Optional<String> take(JournalWriter writer, Clock clock, ResumePlan plan) {
        Path folder = writer.folder().orElseThrow(() -> new IllegalArgumentException("a writer of no folder"));
        Path lockFile = folder.resolve("." + DeviceName.fileName(writer.device()) + ".lock");
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // The journal cannot be written either; the writer says so, and the session goes on unkept.
                return Optional.empty();
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lock(channel)) {
                if (lock == null) {
                    return Optional.of("another hangtime is picking up a session here at this moment (try again)");
                }
                return takeLocked(writer, clock, plan);
            } catch (IOException e) {
                // No lock to be had where the journal lives (a read-only folder): the journal cannot be written
                // there either, so nothing can be kept twice.
                return takeLocked(writer, clock, plan);
            }
        }
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null || System.nanoTime() - deadline > 0) {
                return lock;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static Optional<String> takeLocked(JournalWriter writer, Clock clock, ResumePlan plan) {
        SessionRecord found = plan.cutOff().session();
        History history = History.read(writer.folder().orElseThrow());
        String device = DeviceName.sanitize(writer.device());
        List<SessionRecord> mine = history.sessionsOf(device);
        ProcessRef self = ProcessRef.current();
        if (!mine.isEmpty() && mine.get(0).id().equals(found.id()) && mine.get(0).process().equals(self)) {
            return Optional.empty();
        }
        CutOff.Search now = CutOff.find(history, device, clock.instant(), ProcessRef::isAlive);
        if (now.found().isEmpty()) {
            return Optional.of(now.whyNot());
        }
        SessionRecord still = now.found().get().session();
        if (!still.id().equals(found.id()) || still.runs() != found.runs()) {
            return Optional.of("the last session here, " + found.routine().name() + ", was picked up by another"
                    + " hangtime meanwhile");
        }
        writer.write(new JournalLine.Continued(found.id(), OffsetDateTime.now(clock), clock.getZone(), plan.index(),
                plan.already(), plan.down(), plan.packStayedOn(), plan.credit(), self));
        writer.flush(WAIT);
        return Optional.empty();
    }
}
