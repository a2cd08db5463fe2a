package dev.hangtime.core.cue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

/**
 * A short mono sound at {@link #SAMPLE_RATE}, held as samples between -1 and 1. Immutable.
 *
 * <p>Every front end plays the same sounds: the terminal writes them to a javax.sound line as 16-bit
 * PCM, a front end that plays files can write them out with {@link #wav(double)}.
 */
public final class Sound {

    /** Samples per second of every sound. */
    public static final int SAMPLE_RATE = 44_100;

    private final String name;
    private final float[] samples;

    /** A sound named {@code name} made of a copy of {@code samples}. */
    public Sound(String name, float[] samples) {
        this.name = name;
        this.samples = samples.clone();
    }

    /** What the sound is, for messages and logs: a cue's word, or the words spoken. */
    public String name() {
        return name;
    }

    /** How many samples it has. */
    public int frames() {
        return samples.length;
    }

    /** Sample {@code i}, between -1 and 1. */
    public float sample(int i) {
        return samples[i];
    }

    /** A copy of every sample. */
    public float[] samples() {
        return samples.clone();
    }

    /** How long it plays. */
    public Duration length() {
        return Duration.ofNanos(samples.length * 1_000_000_000L / SAMPLE_RATE);
    }

    /** The sound as signed 16-bit little-endian PCM, scaled by {@code volume} (0–1). */
    public byte[] pcm16(double volume) {
        ByteBuffer out = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            out.putShort(toPcm16(sample * volume));
        }
        return out.array();
    }

    /** The sound as a WAV file (16-bit mono PCM), scaled by {@code volume} (0–1). */
    public byte[] wav(double volume) {
        byte[] pcm = pcm16(volume);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(header.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    /** A sample between -1 and 1 as a 16-bit value, clipped rather than wrapped when out of range. */
    public static short toPcm16(double sample) {
        double clipped = Math.max(-1.0, Math.min(1.0, sample));
        return (short) Math.round(clipped * Short.MAX_VALUE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sound && name.equals(((Sound) other).name)
                && Arrays.equals(samples, ((Sound) other).samples);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Sound[" + name + ", " + length().toMillis() + " ms]";
    }
}
