package dev.hangtime.core.cue;

import java.util.ArrayList;
import java.util.List;

/** Measures synthesized audio the way an ear would: where the notes are, their pitch, and any clicks. */
final class Analysis {

    private static final int RATE = Sound.SAMPLE_RATE;

    private Analysis() {
    }

    /** A note found in a sound: first and last sample above the threshold, and its pitch. */
    record Heard(int from, int to, double hertz) {

        double startMillis() {
            return from * 1000.0 / RATE;
        }

        double lengthMillis() {
            return (to - from) * 1000.0 / RATE;
        }

        /** The pitch as a MIDI note number, rounded: 69 is A4. */
        long semitone() {
            return Math.round(69 + 12 * Math.log(hertz / 440.0) / Math.log(2));
        }
    }

    /**
     * The notes of {@code x}: stretches whose 3 ms peak envelope stays above {@code threshold}, with gaps of
     * at least 10 ms between them, each with its pitch.
     */
    static List<Heard> notes(float[] x, double threshold) {
        int window = RATE * 3 / 1000;
        int minGap = RATE / 100;
        List<Heard> found = new ArrayList<>();
        int start = -1;
        int lastLoud = -1;
        for (int i = 0; i < x.length; i++) {
            boolean loud = envelope(x, i, window) > threshold;
            if (loud) {
                if (start < 0 || i - lastLoud > minGap) {
                    if (start >= 0) {
                        found.add(note(x, start, lastLoud));
                    }
                    start = i;
                }
                lastLoud = i;
            }
        }
        if (start >= 0) {
            found.add(note(x, start, lastLoud));
        }
        return found;
    }

    private static Heard note(float[] x, int from, int to) {
        return new Heard(from, to, pitch(x, from, to + 1));
    }

    private static double envelope(float[] x, int i, int window) {
        double max = 0;
        for (int j = Math.max(0, i - window / 2); j < Math.min(x.length, i + window / 2); j++) {
            max = Math.max(max, Math.abs(x[j]));
        }
        return max;
    }

    /** The strongest frequency between 200 and 1500 Hz in {@code x[from..to)}, to about 0.1 Hz. */
    static double pitch(float[] x, int from, int to) {
        double coarse = strongest(x, from, to, 200, 1500, 5);
        return strongest(x, from, to, coarse - 5, coarse + 5, 0.1);
    }

    private static double strongest(float[] x, int from, int to, double low, double high, double step) {
        double best = low;
        double bestPower = -1;
        for (double f = low; f <= high; f += step) {
            double power = power(x, from, to, f);
            if (power > bestPower) {
                best = f;
                bestPower = power;
            }
        }
        return best;
    }

    /** Goertzel: the power of frequency {@code hertz} in {@code x[from..to)}. */
    static double power(float[] x, int from, int to, double hertz) {
        double coeff = 2 * Math.cos(2 * Math.PI * hertz / RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = x[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }

    /**
     * The largest second difference, |x[i+1] - 2x[i] + x[i-1]|, counting the silence before and after:
     * small for smooth tones, about the size of the jump at a click.
     */
    static double roughness(float[] x) {
        double max = 0;
        for (int i = -1; i <= x.length; i++) {
            double d = at(x, i + 1) - 2 * at(x, i) + at(x, i - 1);
            max = Math.max(max, Math.abs(d));
        }
        return max;
    }

    /**
     * The most {@link #roughness} a click-free sound peaking at {@code peak} can have if its highest note is
     * {@code hertz}: the curvature of the tone and its harmonics, with a fifth to spare for the envelope.
     */
    static double smoothLimit(double hertz, double peak) {
        double weighted = 0;
        double sum = 0;
        for (int h = 0; h < Synth.HARMONICS.length; h++) {
            double w = 2 * Math.PI * (h + 1) * hertz / RATE;
            weighted += Synth.HARMONICS[h] * w * w;
            sum += Synth.HARMONICS[h];
        }
        return 1.2 * peak * weighted / sum;
    }

    static double peak(float[] x) {
        double max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double at(float[] x, int i) {
        return i < 0 || i >= x.length ? 0 : x[i];
    }
}
