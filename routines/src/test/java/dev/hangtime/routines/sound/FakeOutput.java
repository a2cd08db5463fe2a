package dev.hangtime.routines.sound;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * An output that keeps what is written and plays it at once: every reading shows its buffer free. It can
 * refuse to open, or, after a number of writes, stop taking sound, stop playing it, throw, or hang in a write
 * until released, as real devices do.
 */
final class FakeOutput implements PcmOutput {

    static final int BUFFER = LinePlayer.BUFFER_FRAMES;

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile PcmOutput.OutputUnavailable refusal;
    private volatile int writesBeforeTakingNothing = Integer.MAX_VALUE;
    private volatile int writesBeforePlayingNothing = Integer.MAX_VALUE;
    private volatile int writesBeforeThrowing = Integer.MAX_VALUE;
    private volatile int writesBeforeHanging = Integer.MAX_VALUE;
    private volatile int writes;
    /** Frames written and not played, once it has stopped playing. */
    private volatile int queued;
    private volatile int opens;
    private volatile int flushes;
    private volatile boolean closed;
    private volatile boolean hung;

    FakeOutput refusing(Trouble trouble) {
        refusal = new PcmOutput.OutputUnavailable(trouble, new IllegalArgumentException("No line matching"));
        return this;
    }

    /** After {@code writes} writes, each write takes nothing, as when the sound server has gone. */
    FakeOutput takingNothingAfter(int writes) {
        writesBeforeTakingNothing = writes;
        return this;
    }

    /** After {@code writes} writes, what is written stays queued: the buffer fills and nothing is played. */
    FakeOutput playingNothingAfter(int writes) {
        writesBeforePlayingNothing = writes;
        return this;
    }

    FakeOutput throwingAfter(int writes) {
        writesBeforeThrowing = writes;
        return this;
    }

    FakeOutput hangingAfter(int writes) {
        writesBeforeHanging = writes;
        return this;
    }

    @Override
    public void open() throws OutputUnavailable {
        opens++;
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public int bufferFrames() {
        return BUFFER;
    }

    @Override
    public int availableFrames() {
        return BUFFER - queued;
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        if (writes >= writesBeforeThrowing) {
            throw new IllegalStateException("the device is gone");
        }
        if (writes >= writesBeforeTakingNothing) {
            return 0;
        }
        if (writes >= writesBeforeHanging) {
            hung = true;
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        if (writes >= writesBeforePlayingNothing) {
            queued += length / 2;
        }
        synchronized (written) {
            written.write(bytes, offset, length);
        }
        writes++;
        return length;
    }

    @Override
    public void flush() {
        flushes++;
        queued = 0;
    }

    @Override
    public void close() {
        closed = true;
        release.countDown();
    }

    /** Every sample written so far, as 16-bit values. */
    short[] samples() {
        byte[] bytes;
        synchronized (written) {
            bytes = written.toByteArray();
        }
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return samples;
    }

    int frames() {
        synchronized (written) {
            return written.size() / 2;
        }
    }

    /** Whether a write is hanging, or has hung. */
    boolean hung() {
        return hung;
    }

    boolean closed() {
        return closed;
    }

    int opens() {
        return opens;
    }

    int flushes() {
        return flushes;
    }
}
