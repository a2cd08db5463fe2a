package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Plays cues through an output line, and never gives up on it.
 *
 * <p>A writing thread owns the line. It sleeps while nothing is due; shortly before a sound's moment it writes
 * small blocks, silence until the frame that will be heard at that moment, then the sound mixed with any other
 * playing, never more than the line has room for, so a write never blocks; once the last sound is played it
 * lets the line run dry (no wake-ups between cues). It judges the line by the frames the line says it has
 * played, not by what it took.
 *
 * <p>A watchdog thread, which never touches the line, checks each cue: one not placed in the stream by its
 * moment plus {@link Limits#takenNanos()}, or not played by its moment plus {@link Limits#consumedNanos()},
 * goes to the stand-in and is dropped (flushed from the line), never played late. It also finds a call into
 * the line stuck for longer than {@link Limits#stuckNanos()}, and then goes on with a fresh line without
 * waiting for it.
 *
 * <p>After a short write (the sound server went away), an exception, nothing played for
 * {@link Limits#noProgressNanos()}, or a stuck call, the line is let go and another opened, after a back-off
 * that doubles from {@link Limits#firstBackOffNanos()} to {@link Limits#maxBackOffNanos()}, or sooner when a
 * cue comes. Until the new line is warm, cues go to the stand-in at their moments. A line that plays cue after
 * cue too late ({@link #LATE_CUES} in a row) is kept, but counts as no sound until a cue is heard in time.
 *
 * <p>A new line is warmed before it plays a cue: silence is written until it has really played two buffers
 * (on a freshly started PulseAudio null sink that takes up to two seconds), then it is let run dry.
 */
final class LinePlayer {

    /**
     * What the player tells its owner. Called with the player's lock held, so both must only hand over (post
     * to a queue, schedule) and never block.
     */
    interface Listener {
        /** The line's status changed. */
        void changed(SoundStatus status);

        /** {@code sound}, due at the clock reading {@code heardAt}, will not be heard through the line. */
        void unheard(Sound sound, long heardAt);
    }

    /** How long the player waits for the line before it acts. */
    record Limits(long takenNanos, long consumedNanos, long noProgressNanos, long stuckNanos,
            long firstBackOffNanos, long maxBackOffNanos) {

        /**
         * The product's. A cue placed in the stream by its moment + 25 ms is heard within 30 ms of it (a dry
         * line starts playing 1 ms after a write); 5 ms, as first designed, sent the session's first cue,
         * handed over at its moment, to the stand-in in 8 of 10 runs on a busy machine, when it would have
         * been heard 12-24 ms late (docs/audio.md). A cue's first frame played by its moment + 40 ms; and the
         * patience with a line, as measured.
         */
        static final Limits STANDARD = new Limits(ms(25), ms(40), ms(3_000), ms(2_000), ms(250), ms(30_000));
    }

    /** Frames per write: about 6 ms, small enough to place a sound finely and to keep the queue short. */
    static final int BLOCK_FRAMES = 256;
    /** Frames of the line's buffer: 1024 frames is 23 ms, the most a sound can queue behind another. */
    static final int BUFFER_FRAMES = 1024;
    /** How long before a sound's moment the thread starts writing: time to wake and get the stream going. */
    static final long WAKE_NANOS = ms(40);
    /** How early cues are handed over: waking, plus margin for a busy machine. */
    static final Duration LEAD = Duration.ofMillis(80);
    /** Buffers a new line must really play before it is warm. */
    static final int WARM_BUFFERS = 2;
    /**
     * Silence played through the whole path, placing and mixing included, while the line warms: the first
     * run of that code is slow, and would make the first cue late.
     */
    static final Sound REHEARSAL = new Sound("rehearsal", new float[Sound.SAMPLE_RATE / 20]);
    /** How long after the line ran dry the first cue may come: the sound server's own queue, played out. */
    static final long SETTLE_NANOS = ms(100);
    /** Cues in a row not played in time, on a line that is otherwise fine, before sound counts as gone. */
    static final int LATE_CUES = 2;
    /** How long {@link #close()} waits for the last sound to be played. */
    static final long CLOSE_WAIT_MILLIS = 3_000;
    /** The shortest and longest waits for room in the line. */
    private static final long MIN_PARK_NANOS = ms(1);
    private static final long MAX_PARK_NANOS = ms(6);

    private final Supplier<PcmOutput> outputs;
    private final LongSupplier clock;
    private final long startLatencyNanos;
    private final double gain;
    private final Limits limits;
    private final Listener listener;

    private final ReentrantLock lock = new ReentrantLock();
    /** The writing thread waits on it for work. */
    private final Condition work = lock.newCondition();
    /** The watchdog waits on it for cues to check. */
    private final Condition watch = lock.newCondition();
    /** {@link #awaitReady} waits on it for the first line to be warm or to fail. */
    private final Condition settled = lock.newCondition();
    // Guarded by lock:
    private final Mix mix = new Mix();
    /** Handed over, not yet placed in the stream. */
    private final List<Handed> pending = new ArrayList<>();
    /** Handed over, not yet played or dropped. */
    private final List<Handed> watched = new ArrayList<>();
    /** The line being written; null while none is. */
    private OpenLine line;
    /** Counts writing threads: one left behind in a stuck call sees that a newer one has taken over. */
    private int generation;
    private Thread writer;
    /** Whether the writing thread is at work (not sleeping until a cue), so the watchdog watches its calls. */
    private boolean active;
    private SoundStatus status = SoundStatus.STARTING;
    /** Whether the line is warm: cues go to it, even while it plays them too late to be heard. */
    private boolean lineWarm;
    /** Cues dropped in a row because the line did not play them in time. */
    private int lateInARow;
    private boolean everOn;
    private long nextBackOff;
    /** When the last line was opened (System.nanoTime), and whether a cue came since while there was none. */
    private long lastAttemptAt;
    private boolean cueWhileDown;
    private boolean started;
    private boolean closing;
    private boolean closed;

    LinePlayer(Supplier<PcmOutput> outputs, LongSupplier clock, long startLatencyNanos, double gain, Limits limits,
            Listener listener) {
        this.outputs = outputs;
        this.clock = clock;
        this.startLatencyNanos = startLatencyNanos;
        this.gain = gain;
        this.limits = limits;
        this.listener = listener;
        this.nextBackOff = limits.firstBackOffNanos();
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Opens and warms the line on a thread of its own, and starts the watchdog; returns at once. */
    void start() {
        lock.lock();
        try {
            if (started || closing) {
                return;
            }
            started = true;
            startWriter(0);
            Thread watchdog = new Thread(this::watch, "hangtime-sound-watch");
            watchdog.setDaemon(true);
            watchdog.start();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits, at most {@code max}, until the first line is warm or has failed; true once it has. A cue played
     * before then goes to the stand-in.
     */
    boolean awaitReady(Duration max) throws InterruptedException {
        long left = max.toNanos();
        lock.lock();
        try {
            while (status.state() == SoundStatus.State.STARTING && !closing && left > 0) {
                left = settled.awaitNanos(left);
            }
            return status.state() != SoundStatus.State.STARTING;
        } finally {
            lock.unlock();
        }
    }

    SoundStatus status() {
        lock.lock();
        try {
            return status;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Plays {@code sound} {@code in} from now through the line, or, while there is no warm line, hands it to
     * the stand-in at once. Never blocks: the lock is only ever held briefly, and never during a call into the
     * line.
     */
    void play(Sound sound, Duration in) {
        long now = clock.getAsLong();
        lock.lock();
        try {
            if (closing) {
                return;
            }
            if (!lineWarm) {
                listener.unheard(sound, now + in.toNanos());
                // A cue while the line is down is a good moment to try again, sooner than the back-off says.
                cueWhileDown = true;
                work.signalAll();
                return;
            }
            Handed cue = new Handed(sound, now + in.toNanos(), now, true);
            pending.add(cue);
            watched.add(cue);
            work.signalAll();
            watch.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops every sound handed over that has not started; sounds already written play on, since cutting one
     * would click.
     */
    void cancelPending() {
        lock.lock();
        try {
            watched.removeAll(pending);
            pending.clear();
            if (line != null) {
                for (Mix.Started dropped : mix.dropNotStartedBy(line.stream.written())) {
                    watched.remove(dropped.key());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Plays out what is due, waiting a few seconds at most, then lets the line go and stops both threads. */
    void close() {
        Thread last;
        lock.lock();
        try {
            closing = true;
            last = writer;
            work.signalAll();
            watch.signalAll();
            settled.signalAll();
        } finally {
            lock.unlock();
        }
        if (last != null) {
            try {
                last.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.lock();
        try {
            closed = true;
            watch.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- The writing thread ----

    /** Starts a writing thread for the current generation, after {@code delayNanos}. Under the lock. */
    private void startWriter(long delayNanos) {
        int ours = generation;
        writer = new Thread(() -> write(ours, delayNanos), "hangtime-sound");
        writer.setDaemon(true);
        writer.start();
    }

    /** Opens lines one after another until closing, each after a back-off when the one before failed. */
    private void write(int ours, long delayNanos) {
        long backOff = delayNanos;
        while (true) {
            if (backOff > 0 && !backOff(ours, backOff)) {
                return;
            }
            OpenLine open;
            lock.lock();
            try {
                if (closing || ours != generation) {
                    return;
                }
                open = new OpenLine(outputs.get(), clock, startLatencyNanos);
                line = open;
                lastAttemptAt = System.nanoTime();
                cueWhileDown = false;
                active = true;
                watch.signalAll();
            } finally {
                lock.unlock();
            }
            Trouble trouble;
            try {
                trouble = run(open);
            } catch (OpenLine.Abandoned e) {
                // The watchdog found this thread stuck in the line, and has gone on with another.
                open.closeAbandoned();
                return;
            } catch (RuntimeException e) {
                trouble = Trouble.FAILED;
            }
            try {
                open.close();
            } catch (OpenLine.Abandoned e) {
                open.closeAbandoned();
                return;
            }
            if (trouble == null) {
                return;
            }
            lock.lock();
            try {
                if (ours != generation || closing) {
                    return;
                }
                lose(trouble);
                backOff = backOff();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Opens, warms and plays through {@code open}; null when closing, else what went wrong. */
    private Trouble run(OpenLine open) {
        try {
            open.open();
        } catch (PcmOutput.OutputUnavailable e) {
            return e.trouble();
        }
        lock.lock();
        try {
            if (status.state() == SoundStatus.State.UNAVAILABLE || everOn) {
                setStatus(SoundStatus.COMING_BACK);
            }
        } finally {
            lock.unlock();
        }
        Trouble trouble = warm(open);
        if (trouble != null || isClosing()) {
            return trouble;
        }
        lock.lock();
        try {
            everOn = true;
            lineWarm = true;
            lateInARow = 0;
            nextBackOff = limits.firstBackOffNanos();
            setStatus(SoundStatus.ON);
            settled.signalAll();
        } finally {
            lock.unlock();
        }
        return stream(open);
    }

    /**
     * Writes silence, the rehearsal mixed in, until the line has really played {@link #WARM_BUFFERS} buffers,
     * then lets it run dry and settle, so that the first cue starts a stretch of its own, heard when the
     * stream clock says.
     */
    private Trouble warm(OpenLine open) {
        lock.lock();
        try {
            mix.clear();
            long now = clock.getAsLong();
            pending.add(new Handed(REHEARSAL, now, now, false));
        } finally {
            lock.unlock();
        }
        while (!open.playedSinceTrusted(WARM_BUFFERS)) {
            if (isClosing()) {
                return null;
            }
            Trouble trouble = turn(open, true);
            if (trouble != null) {
                return trouble;
            }
        }
        while (open.queued() > 0) {
            if (isClosing()) {
                return null;
            }
            Trouble trouble = turn(open, false);
            if (trouble != null) {
                return trouble;
            }
        }
        lock.lock();
        try {
            mix.clear();
            pending.removeIf(cue -> !cue.watched);
        } finally {
            lock.unlock();
        }
        sleep(generationOf(), SETTLE_NANOS, false);
        return null;
    }

    /** Writes while there is something to play, and sleeps while there is not; null when closing. */
    private Trouble stream(OpenLine open) {
        while (true) {
            boolean writing;
            lock.lock();
            try {
                writing = !mix.isEmpty() || earliestPending() - WAKE_NANOS <= clock.getAsLong();
                if (!writing && open.queued() == 0 && !open.waitingForRoom()) {
                    if (closing && pending.isEmpty()) {
                        return null;
                    }
                    // The line has run dry and nothing is due: sleep until something is.
                    active = false;
                    long wait = earliestPending() == Long.MAX_VALUE ? Long.MAX_VALUE
                            : earliestPending() - WAKE_NANOS - clock.getAsLong();
                    awaitWork(wait);
                    active = true;
                    continue;
                }
            } finally {
                lock.unlock();
            }
            Trouble trouble = turn(open, writing);
            if (trouble != null) {
                return trouble;
            }
        }
    }

    /**
     * One turn of writing: reads the room in the line, then writes a block if {@code writing} and it fits,
     * or waits for room. Null, or what went wrong.
     */
    private Trouble turn(OpenLine open, boolean writing) {
        long now = clock.getAsLong();
        int room = open.readRoom(now);
        if (open.stalled(now, limits.noProgressNanos())) {
            return Trouble.NOT_PLAYING;
        }
        if (flushRequested(open)) {
            long playedBefore = open.consumed();
            open.flush();
            replaceAfterFlush(open, playedBefore);
            return null;
        }
        // A line that has run dry can report no room at all until it is written to again (an underrun the ALSA
        // pulse plugin recovers from on the next write): with nothing queued, a block fits whatever it says.
        if (writing && (room >= BLOCK_FRAMES || open.queued() == 0)) {
            byte[] block = render(open);
            int taken = open.write(block, clock.getAsLong());
            return taken < block.length ? Trouble.STOPPED_TAKING : null;
        }
        long frames;
        if (writing) {
            open.waitForRoom(now);
            frames = BLOCK_FRAMES - room;
        } else if (room >= BLOCK_FRAMES) {
            open.roomAgain();
            frames = Math.min(open.queued(), BLOCK_FRAMES);
        } else {
            // Nothing to write, yet no room in a line that should be empty: watch it until it has room again.
            frames = BLOCK_FRAMES;
        }
        LockSupport.parkNanos(Math.max(MIN_PARK_NANOS, Math.min(MAX_PARK_NANOS, OpenLine.nanosFor(frames))));
        return null;
    }

    /** Mixes the next block, placing in it every pending sound that begins before its end. */
    private byte[] render(OpenLine open) {
        byte[] block = new byte[BLOCK_FRAMES * 2];
        lock.lock();
        try {
            long now = clock.getAsLong();
            open.stream.beforeWrite(now);
            long first = open.stream.written();
            for (Iterator<Handed> it = pending.iterator(); it.hasNext();) {
                Handed cue = it.next();
                if (cue.watched && now - cue.due > limits.takenNanos()) {
                    // This thread was held up past the cue's moment: played now, it would be late.
                    it.remove();
                    watched.remove(cue);
                    late(cue);
                    continue;
                }
                long frame = open.stream.frameAt(cue.heardAt);
                if (frame < first + BLOCK_FRAMES) {
                    cue.line = open;
                    cue.startFrame = Math.max(first, frame);
                    mix.add(cue.sound, cue.startFrame, cue);
                    it.remove();
                }
            }
            mix.render(first, BLOCK_FRAMES, gain, block);
            open.stream.wrote(BLOCK_FRAMES);
        } finally {
            lock.unlock();
        }
        return block;
    }

    private boolean flushRequested(OpenLine open) {
        lock.lock();
        try {
            return open.flushRequested;
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a flush: sounds that had begun are cut (the rest of them would come late), and those that had not
     * go back to wait for their frames in a new stretch; the watchdog judges them again.
     */
    private void replaceAfterFlush(OpenLine open, long playedBefore) {
        lock.lock();
        try {
            open.flushRequested = false;
            open.dropQueued();
            for (Mix.Started notBegun : mix.dropNotStartedBy(playedBefore)) {
                if (notBegun.key() instanceof Handed) {
                    Handed cue = (Handed) notBegun.key();
                    cue.untake();
                    pending.add(cue);
                }
            }
            mix.clear();
        } finally {
            lock.unlock();
        }
    }

    // ---- The watchdog ----

    private void watch() {
        lock.lock();
        try {
            while (!closed) {
                long now = clock.getAsLong();
                checkStuck(now);
                long next = judge(now);
                if (line != null && active) {
                    next = Math.min(next, now + limits.stuckNanos() / 4);
                }
                if (next == Long.MAX_VALUE) {
                    watch.awaitUninterruptibly();
                } else if (next > now) {
                    watch.awaitNanos(next - now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Lets go of a line whose call has been stuck too long, and starts a writing thread with another. */
    private void checkStuck(long now) {
        OpenLine open = line;
        if (open == null) {
            return;
        }
        long since = open.callSince();
        if (since != 0 && now - since > limits.stuckNanos()) {
            open.abandon();
            generation++;
            lose(Trouble.NOT_RESPONDING);
            if (!closing) {
                startWriter(backOff());
            }
        }
    }

    /**
     * Checks each watched cue; drops, for the stand-in, one not placed or not played in time. Returns when it
     * next needs checking.
     */
    private long judge(long now) {
        long next = Long.MAX_VALUE;
        for (Iterator<Handed> it = watched.iterator(); it.hasNext();) {
            Handed cue = it.next();
            if (!cue.taken()) {
                if (now - cue.due >= limits.takenNanos()) {
                    it.remove();
                    pending.remove(cue);
                    late(cue);
                } else {
                    next = Math.min(next, cue.due + limits.takenNanos());
                }
            } else if (cue.consumed()) {
                it.remove();
                lateInARow = 0;
                if (lineWarm) {
                    setStatus(SoundStatus.ON);
                }
            } else if (now - cue.due >= limits.consumedNanos()) {
                it.remove();
                mix.remove(cue);
                cue.line.flushRequested = true;
                work.signalAll();
                late(cue);
            } else {
                next = Math.min(next, cue.due + limits.consumedNanos());
            }
        }
        return next;
    }

    /**
     * Hands a cue the line did not play in time to the stand-in. Cue after cue late, on a line that is
     * otherwise fine, means no sound is heard: the status says so until a cue is heard in time again.
     */
    private void late(Handed cue) {
        listener.unheard(cue.sound, cue.heardAt);
        if (++lateInARow >= LATE_CUES && lineWarm) {
            setStatus(SoundStatus.unavailable(Trouble.TOO_LATE.what(), Trouble.TOO_LATE.advice()));
        }
    }

    // ---- Shared, under the lock ----

    /** The line is gone: every cue not yet played goes to the stand-in, and the status says why. */
    private void lose(Trouble trouble) {
        line = null;
        active = false;
        lineWarm = false;
        for (Handed cue : watched) {
            listener.unheard(cue.sound, cue.heardAt);
        }
        watched.clear();
        pending.clear();
        mix.clear();
        setStatus(SoundStatus.unavailable(trouble.what(), trouble.advice()));
        settled.signalAll();
    }

    /** The wait before the next line: doubling from the first to the longest, since the last line that played. */
    private long backOff() {
        long wait = nextBackOff;
        nextBackOff = Math.min(limits.maxBackOffNanos(), nextBackOff * 2);
        return wait;
    }

    private void setStatus(SoundStatus next) {
        if (!next.equals(status)) {
            status = next;
            listener.changed(next);
        }
    }

    private long earliestPending() {
        long earliest = Long.MAX_VALUE;
        for (Handed cue : pending) {
            earliest = Math.min(earliest, cue.heardAt);
        }
        return earliest;
    }

    private void awaitWork(long nanos) {
        try {
            if (nanos == Long.MAX_VALUE) {
                work.await();
            } else if (nanos > 0) {
                work.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isClosing() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    private int generationOf() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits {@code nanos} of real time before the next line, or less if closing or a cue comes (at least the
     * first back-off after the last attempt): a session's cues are the natural moments to try again, and the
     * first after the sound server is back brings sound back. False if the writer should stop.
     */
    private boolean backOff(int ours, long nanos) {
        return sleep(ours, nanos, true);
    }

    /**
     * Sleeps {@code nanos} of real time (a wait, not a moment), or less if closing, or, if {@code untilCue},
     * once a cue has come; false if the writer should stop: closing, or left behind.
     */
    private boolean sleep(int ours, long nanos, boolean untilCue) {
        long until = System.nanoTime() + nanos;
        lock.lock();
        try {
            for (long left = nanos; left > 0 && !closing && ours == generation; left = until - System.nanoTime()) {
                if (untilCue && cueWhileDown) {
                    long sooner = lastAttemptAt + limits.firstBackOffNanos() - System.nanoTime();
                    if (sooner <= 0) {
                        break;
                    }
                    left = Math.min(left, sooner);
                }
                work.awaitNanos(left);
            }
            return !closing && ours == generation;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
