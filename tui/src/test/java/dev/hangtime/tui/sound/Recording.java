package dev.hangtime.tui.sound;

import dev.hangtime.core.cue.Sound;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Records the null sink's monitor with {@code parec}, and knows when each recorded sample was heard.
 *
 * <p>The sink renders at exactly the sample rate, so sample n was heard at t0 + n / rate. Each chunk read
 * arrives no earlier than its last sample was rendered; the smallest (arrival - samples so far / rate)
 * over all chunks is therefore t0, give or take the capture's own small delay, which only makes cues seem
 * later than they were.
 */
final class Recording implements AutoCloseable {

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

    static Recording start(String device) throws IOException {
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
                synchronized (bytes) {
                    bytes.write(chunk, 0, n);
                    arrivals.add(new long[] {total / 2, now});
                }
                long start = now - (total / 2) * 1_000_000_000L / Sound.SAMPLE_RATE;
                if (start < t0) {
                    t0 = start;
                }
            }
        } catch (IOException e) {
            // parec was stopped.
        }
    }

    /** How many samples have arrived. */
    int samples() {
        synchronized (bytes) {
            return bytes.size() / 2;
        }
    }

    /** Every sample recorded so far. */
    short[] pcm() {
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
    long heardAt(long n) {
        return t0 + n * 1_000_000_000L / Sound.SAMPLE_RATE;
    }

    /**
     * When the chunk holding sample {@code n} reached this process: a bound from above on when the server
     * put that sample out, late by however long parec and the pipe took.
     */
    long arrivedAt(long n) {
        synchronized (bytes) {
            for (long[] arrival : arrivals) {
                if (arrival[0] > n) {
                    return arrival[1];
                }
            }
        }
        throw new IllegalArgumentException("sample " + n + " has not arrived");
    }

    @Override
    public void close() throws InterruptedException {
        parec.destroy();
        parec.waitFor(5, TimeUnit.SECONDS);
        reader.join(5_000);
    }
}
