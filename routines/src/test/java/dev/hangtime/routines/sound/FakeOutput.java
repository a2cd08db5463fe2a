package dev.hangtime.routines.sound;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * An output that keeps what is written. It can refuse to open, stop taking sound after a number of writes,
 * or hang in a write until released, as real devices do.
 */
final class FakeOutput implements PcmOutput {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String refuseWith;
    private volatile int writesBeforeFailing = Integer.MAX_VALUE;
    private volatile int writesBeforeHanging = Integer.MAX_VALUE;
    private volatile int writes;
    private volatile boolean closed;
    private volatile boolean hung;

    FakeOutput refusing(String message) {
        refuseWith = message;
        return this;
    }

    FakeOutput failingAfter(int writes) {
        writesBeforeFailing = writes;
        return this;
    }

    FakeOutput hangingAfter(int writes) {
        writesBeforeHanging = writes;
        return this;
    }

    @Override
    public void open() throws OutputUnavailable {
        if (refuseWith != null) {
            throw new OutputUnavailable(refuseWith, new IllegalArgumentException(refuseWith));
        }
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        if (writes >= writesBeforeFailing) {
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
        synchronized (written) {
            written.write(bytes, offset, length);
        }
        writes++;
        return length;
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
}
