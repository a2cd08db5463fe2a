package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads 16-bit PCM WAV data, as a speech engine writes it, into samples at {@link Sound#SAMPLE_RATE}. */
final class Wav {

    private Wav() {
    }

    /**
     * The samples of the first channel of {@code wav}, resampled to {@link Sound#SAMPLE_RATE}; empty if it is
     * not 16-bit PCM WAV. Chunk sizes are not trusted past the end of the data: a WAV written to a pipe gives
     * placeholders for them.
     */
    static Optional<float[]> read(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !"RIFF".equals(tag(in, 0)) || !"WAVE".equals(tag(in, 8))) {
            return Optional.empty();
        }
        int at = 12;
        int rate = 0;
        int channels = 0;
        while (at + 8 <= wav.length) {
            String id = tag(in, at);
            long size = in.getInt(at + 4) & 0xffffffffL;
            int body = at + 8;
            if ("fmt ".equals(id) && body + 16 <= wav.length) {
                boolean pcm16 = in.getShort(body) == 1 && in.getShort(body + 14) == 16;
                if (!pcm16) {
                    return Optional.empty();
                }
                channels = in.getShort(body + 2);
                rate = in.getInt(body + 4);
            } else if ("data".equals(id)) {
                if (rate <= 0 || channels <= 0) {
                    return Optional.empty();
                }
                int end = (int) Math.min(wav.length, body + size);
                return Optional.of(resample(decode(in, body, end, channels), rate));
            }
            at = (int) Math.min(wav.length, body + size + (size & 1));
        }
        return Optional.empty();
    }

    private static String tag(ByteBuffer in, int at) {
        byte[] four = new byte[4];
        in.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }

    private static float[] decode(ByteBuffer in, int from, int to, int channels) {
        int frames = (to - from) / (2 * channels);
        float[] out = new float[frames];
        for (int i = 0; i < frames; i++) {
            out[i] = in.getShort(from + 2 * channels * i) / 32768f;
        }
        return out;
    }

    /** Linear interpolation: plenty for speech, and it adds no clicks. */
    static float[] resample(float[] samples, int rate) {
        if (rate == Sound.SAMPLE_RATE || samples.length == 0) {
            return samples;
        }
        int frames = (int) ((long) samples.length * Sound.SAMPLE_RATE / rate);
        float[] out = new float[frames];
        double step = (double) rate / Sound.SAMPLE_RATE;
        for (int i = 0; i < frames; i++) {
            double x = i * step;
            int k = (int) x;
            double t = x - k;
            float next = k + 1 < samples.length ? samples[k + 1] : samples[k];
            out[i] = (float) (samples[k] * (1 - t) + next * t);
        }
        return out;
    }
}
