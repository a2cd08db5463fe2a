package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Plays cues through one output kept open for the session, on a thread of its own.
 *
 * <p>The thread sleeps while nothing is due. Shortly before a sound's moment it starts writing small blocks,
 * silence until the frame that will be heard at that moment, then the sound mixed with any other playing,
 * and stops once the last sound is written, letting the output run dry. The output is warmed when opened,
 * since the first write to a fresh line takes a fifth of a second.
 *
 * <p>When the output cannot be opened, stops taking sound, or blocks for more than a second, the player
 * stops and hands what it had not yet played to its {@link Failure} callback.
 */
final class LinePlayer implements CuePlayer {

    /** Told, once, that the player has stopped; {@code unplayed} lists what it had not started, with when it was due. */
    @FunctionalInterface
    interface Failure {
        void failed(String reason, boolean atStart, List<Due> unplayed);
    }

    /** A sound and the nanosecond reading at which it is to be heard. */
    record Due(Sound sound, long heardAt) {
    }

    /** Frames per write: about 6 ms, small enough to place a sound finely and to keep the queue short. */
    static final int BLOCK_FRAMES = 256;
    /** Frames of the output's buffer: 1024 frames is 23 ms, the most a sound can queue behind another. */
    static final int BUFFER_FRAMES = 1024;
    /** How long before a sound's moment the thread starts writing: time to wake and get the stream going. */
    static final long WAKE_NANOS = TimeUnit.MILLISECONDS.toNanos(40);
    /** How early cues are handed over: waking, plus margin for a busy machine. */
    static final Duration LEAD = Duration.ofMillis(80);
    /** A write blocked longer than this means the device hangs. */
    static final long STUCK_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * Silence written when the output opens, to get the path going before the first cue. A fresh line
     * starts playing up to a fifth of a second after its first write; since writing blocks once the buffer
     * is full, by the end of this much silence whatever start-up delay there was has passed.
     */
    static final int WARM_FRAMES = Sound.SAMPLE_RATE * 3 / 10;
    /**
     * Silence played through the whole path, mixing and placing included, after the warming write: the
     * first run of that code is slow, and would make the first cue late.
     */
    static final Sound REHEARSAL = new Sound("rehearsal", new float[Sound.SAMPLE_RATE / 20]);
    /** How long after the rehearsal is written the output is surely dry: its buffer, and the server's queue. */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** How long {@link #close()} waits for the last sound to be heard. */
    static final long CLOSE_WAIT_MILLIS = 3_000;

    private final PcmOutput output;
    private final LongSupplier clock;
    private final double gain;
    private final Failure onFailure;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock:
    private final StreamClock stream;
    private final Mix mix = new Mix();
    private final List<Due> pending = new ArrayList<>();
    private boolean closing;
    private boolean failed;

    /** The clock reading when the current write began, 0 while not writing; read by the watchdog in play. */
    private volatile long writingSince;

    LinePlayer(PcmOutput output, LongSupplier clock, long startLatencyNanos, double gain, Failure onFailure) {
        this.output = output;
        this.clock = clock;
        this.gain = gain;
        this.onFailure = onFailure;
        this.stream = new StreamClock(startLatencyNanos);
        this.thread = new Thread(this::run, "hangtime-sound");
        thread.setDaemon(true);
    }

    /** Opens and warms the output on the player's thread; returns at once. */
    void start() {
        thread.start();
    }

    /**
     * Waits until the output is open and warm, or has failed, for at most {@code max}; true when it is
     * ready. A cue played before then may be late.
     */
    boolean awaitReady(Duration max) throws InterruptedException {
        return ready.await(max.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public Duration lead() {
        return LEAD;
    }

    @Override
    public void play(Sound sound, Duration in) {
        long now = clock.getAsLong();
        long since = writingSince;
        if (since != 0 && now - since > STUCK_NANOS) {
            fail("the audio device stopped responding", List.of(new Due(sound, now + in.toNanos())));
            return;
        }
        lock.lock();
        try {
            if (failed || closing) {
                return;
            }
            pending.add(new Due(sound, now + in.toNanos()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cancelPending() {
        lock.lock();
        try {
            pending.clear();
            // Sounds already in a written block play on: cutting one short would click.
            mix.dropNotStartedBy(stream.written());
        } finally {
            lock.unlock();
        }
    }

    /** Plays out what is due, waiting at most a few seconds, then lets the output go. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            output.open();
        } catch (PcmOutput.OutputUnavailable e) {
            fail(e.getMessage(), true, List.of());
            return;
        } catch (RuntimeException e) {
            fail("the audio device failed to open (" + e + ")", true, List.of());
            return;
        } finally {
            if (failed()) {
                ready.countDown();
            }
        }
        try {
            if (write(new byte[WARM_FRAMES * 2])) {
                lock.lock();
                try {
                    pending.add(new Due(REHEARSAL, clock.getAsLong()));
                } finally {
                    lock.unlock();
                }
                stream();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ready.countDown();
            output.close();
        }
    }

    private boolean failed() {
        lock.lock();
        try {
            return failed;
        } finally {
            lock.unlock();
        }
    }

    private void stream() throws InterruptedException {
        byte[] block = new byte[BLOCK_FRAMES * 2];
        while (true) {
            lock.lock();
            try {
                if (!awaitWork()) {
                    break;
                }
                stream.beforeWrite(clock.getAsLong());
                long first = stream.written();
                placeDue(first);
                mix.render(first, BLOCK_FRAMES, gain, block);
                stream.wrote(BLOCK_FRAMES);
            } finally {
                lock.unlock();
            }
            if (!write(block)) {
                return;
            }
        }
        long wait = stream.anchored() ? stream.drainedAt() - clock.getAsLong() : 0;
        if (wait > 0) {
            // The last sound is still queued in the output; closing the line now would cut it off.
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS)));
        }
    }

    /** Waits until a block must be written; false when the player is closing or failed with nothing left to play. */
    private boolean awaitWork() throws InterruptedException {
        while (!failed) {
            if (!mix.isEmpty()) {
                return true;
            }
            if (!pending.isEmpty()) {
                long wait = earliest() - WAKE_NANOS - clock.getAsLong();
                if (wait <= 0) {
                    return true;
                }
                changed.awaitNanos(wait);
            } else if (closing) {
                return false;
            } else if (ready.getCount() > 0) {
                // The rehearsal is written; once it has run out, the first cue starts a fresh, well-timed stretch.
                long wait = stream.drainedAt() + SETTLE_NANOS - clock.getAsLong();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                }
                ready.countDown();
            } else {
                changed.await();
            }
        }
        return false;
    }

    private long earliest() {
        long earliest = Long.MAX_VALUE;
        for (Due due : pending) {
            earliest = Math.min(earliest, due.heardAt());
        }
        return earliest;
    }

    /** Moves into the mix every pending sound that begins before the end of the block starting at {@code first}. */
    private void placeDue(long first) {
        pending.removeIf(due -> {
            long frame = stream.frameAt(due.heardAt());
            if (frame >= first + BLOCK_FRAMES) {
                return false;
            }
            mix.add(due.sound(), Math.max(first, frame));
            return true;
        });
    }

    private boolean write(byte[] block) {
        int taken;
        writingSince = Math.max(1, clock.getAsLong());
        try {
            taken = output.write(block, 0, block.length);
        } catch (RuntimeException e) {
            failWriting("the audio device failed (" + e + ")", block.length / 2);
            return false;
        } finally {
            writingSince = 0;
        }
        if (taken < block.length) {
            // A line whose sound server has gone takes nothing and says nothing else.
            failWriting("the audio device stopped taking sound", block.length / 2);
            return false;
        }
        return true;
    }

    /** Fails while writing a block of {@code frames}: what was in that block was never heard either. */
    private void failWriting(String reason, int frames) {
        fail(reason, false, frames, List.of());
    }

    private void fail(String reason, List<Due> more) {
        fail(reason, false, 0, more);
    }

    private void fail(String reason, boolean atStart, List<Due> more) {
        fail(reason, atStart, 0, more);
    }

    /**
     * Stops the player and hands over what it has not played: what is pending, and what starts in the last
     * {@code unheardFrames} written or later.
     */
    private void fail(String reason, boolean atStart, int unheardFrames, List<Due> more) {
        List<Due> unplayed = new ArrayList<>();
        lock.lock();
        try {
            if (failed) {
                return;
            }
            failed = true;
            unplayed.addAll(pending);
            pending.clear();
            for (Mix.Started started : mix.dropNotStartedBy(stream.written() - unheardFrames)) {
                unplayed.add(new Due(started.sound(), stream.heardAt(started.startFrame())));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        unplayed.addAll(more);
        unplayed.removeIf(due -> due.sound() == REHEARSAL);
        onFailure.failed(reason, atStart, unplayed);
    }
}
