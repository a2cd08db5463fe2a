package dev.hangtime.core.cue;

import java.util.List;

/**
 * Renders notes into samples: a soft tone with a few harmonics under an envelope that starts and ends at
 * exactly zero, so no note clicks however the notes are placed.
 */
final class Synth {

    /** Relative strength of harmonics 1, 2 and 3: enough to sound warm and carry on a small speaker. */
    static final double[] HARMONICS = {1.0, 0.3, 0.12};

    private static final double HARMONIC_SUM = 1.0 + 0.3 + 0.12;
    private static final int ATTACK_MILLIS = 6;
    private static final int RELEASE_MILLIS = 30;

    private Synth() {
    }

    /** The notes mixed into one sound as long as the last note's end. */
    static float[] render(List<Note> notes) {
        int end = notes.stream().mapToInt(Note::endMillis).max().orElse(0);
        float[] out = new float[frames(end)];
        for (Note note : notes) {
            add(note, out);
        }
        return out;
    }

    static int frames(int millis) {
        return (int) ((long) millis * Sound.SAMPLE_RATE / 1000);
    }

    private static void add(Note note, float[] out) {
        int first = frames(note.startMillis());
        int count = frames(note.lengthMillis());
        int attack = frames(ATTACK_MILLIS);
        int release = Math.min(frames(RELEASE_MILLIS), count / 3);
        double step = 2 * Math.PI * note.hertz() / Sound.SAMPLE_RATE;
        double decay = 1.0 / frames(note.decayMillis());
        for (int i = 0; i < count; i++) {
            double envelope = note.level() * shape(i, count, attack, release) * Math.exp(-Math.max(0, i - attack) * decay);
            double tone = 0;
            for (int h = 0; h < HARMONICS.length; h++) {
                tone += HARMONICS[h] * Math.sin((h + 1) * step * i);
            }
            out[first + i] += (float) (envelope * tone / HARMONIC_SUM);
        }
    }

    /** A raised-cosine rise over {@code attack} and fall over {@code release}: 0 at both ends, 1 between. */
    private static double shape(int i, int count, int attack, int release) {
        if (i < attack) {
            return 0.5 - 0.5 * Math.cos(Math.PI * i / attack);
        }
        int fromEnd = count - 1 - i;
        if (fromEnd < release) {
            return 0.5 - 0.5 * Math.cos(Math.PI * fromEnd / release);
        }
        return 1.0;
    }
}
