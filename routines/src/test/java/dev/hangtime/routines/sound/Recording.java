package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Records the null sink's monitor with {@code parec}, and knows when each recorded sample was heard.
 *
 * <p>The sink renders at exactly the sample rate, so sample n was heard at t0 + n / rate. Each chunk read
 * arrives no earlier than its last sample was rendered; the smallest (arrival - samples so far / rate)
 * over all chunks is therefore t0, give or take the capture's own small delay, which only makes cues seem
 * later than they were.
 *
 * <p>That takes the sink's sample rate to be exact by this JVM's clock. Here the null sink ran about 200 ppm
 * fast against CLOCK_MONOTONIC: t0 is then set by the last chunks, and a sample n seconds before the end of the
 * recording reads about n × 0.2 ms early (3–4 ms at the start of a 20 s recording).
 */
public final class Recording implements AutoCloseable {

    private final Process parec;
    private final Thread reader;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** For each chunk read: the number of samples up to its end, and when it arrived. Guarded by bytes. */
    private final java.util.List<long[]> arrivals = new java.util.ArrayList<>();
    private volatile long t0 = Long.MAX_VALUE;

    private Recording(Process parec) {
        this.parec = parec;
        this.reader = new Thread(this::read, "parec-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static Recording start(String device) throws IOException {
        return new Recording(new ProcessBuilder("parec", "--device=" + device, "--format=s16le",
                "--rate=" + Sound.SAMPLE_RATE, "--channels=1", "--raw", "--latency-msec=5")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    private void read() {
        byte[] chunk = new byte[2048];
        long total = 0;
        try (InputStream in = parec.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                long now = System.nanoTime();
                total += n;
                long start = now - (total / 2) * 1_000_000_000L / Sound.SAMPLE_RATE;
                synchronized (bytes) {
                    bytes.write(chunk, 0, n);
                    arrivals.add(new long[] {total / 2, now});
                    if (start < t0) {
                        t0 = start;
                    }
                    bytes.notifyAll();
                }
            }
        } catch (IOException e) {
            // parec was stopped.
        }
    }

    /** How many samples have arrived. */
    public int samples() {
        synchronized (bytes) {
            return bytes.size() / 2;
        }
    }

    /**
     * Waits until {@code n} samples have arrived, or {@code timeout} has passed; returns whether they have.
     */
    public boolean awaitSamples(long n, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (bytes) {
            for (long left = timeout.toNanos(); bytes.size() / 2 < n && left > 0; left = until - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(bytes, left);
            }
            return bytes.size() / 2 >= n;
        }
    }

    /**
     * Waits until the recording holds what was heard up to the System.nanoTime() reading {@code moment}, or
     * {@code timeout} has passed; returns whether it does.
     */
    public boolean awaitHeard(long moment, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (bytes) {
            for (long left = timeout.toNanos(); !holds(moment) && left > 0; left = until - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(bytes, left);
            }
            return holds(moment);
        }
    }

    /** Whether what was heard at {@code moment} has arrived. Guarded by bytes. */
    private boolean holds(long moment) {
        return t0 != Long.MAX_VALUE && heardAt(bytes.size() / 2) >= moment;
    }

    /**
     * The share of real time the recording holds, between its first chunk and its last: 1 when the sink and
     * the recorder kept up. On a machine too busy for them the sink skips and the recording falls short, and
     * when each sample was heard can no longer be told.
     */
    public double coverage() {
        synchronized (bytes) {
            if (arrivals.size() < 2) {
                return 0;
            }
            long[] first = arrivals.get(0);
            long[] last = arrivals.get(arrivals.size() - 1);
            return (double) (last[0] - first[0]) * 1_000_000_000L / Sound.SAMPLE_RATE / (last[1] - first[1]);
        }
    }

    /** Every sample recorded so far. */
    public short[] pcm() {
        byte[] raw;
        synchronized (bytes) {
            raw = bytes.toByteArray();
        }
        short[] out = new short[raw.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((raw[2 * i] & 0xff) | (raw[2 * i + 1] << 8));
        }
        return out;
    }

    /** The System.nanoTime() reading at which sample {@code n} was heard. */
    public long heardAt(long n) {
        return t0 + n * 1_000_000_000L / Sound.SAMPLE_RATE;
    }

    /**
     * When the chunk holding sample {@code n} reached this process: a bound from above on when the server
     * put that sample out, late by however long parec and the pipe took.
     */
    public long arrivedAt(long n) {
        synchronized (bytes) {
            for (long[] arrival : arrivals) {
                if (arrival[0] > n) {
                    return arrival[1];
                }
            }
        }
        throw new IllegalArgumentException("sample " + n + " has not arrived");
    }

    /**
     * Stops parec and the reader. Interrupted meanwhile, it stops waiting for them and leaves the thread's
     * interrupt status set, so that a try-with-resources block need not handle InterruptedException.
     */
    @Override
    public void close() {
        parec.destroy();
        try {
            parec.waitFor(5, TimeUnit.SECONDS);
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
