package dev.hangtime.core.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaletteTest {

    private static final Palette PALETTE = Palette.standard();

    /** What each cue should sound like: its notes' pitches (Hz) and starts (ms), and its length (ms). */
    private record Design(double[] hertz, int[] startMillis, int lengthMillis) {
    }

    private static final Map<Cue, Design> DESIGN = new EnumMap<>(Cue.class);

    static {
        DESIGN.put(Cue.COUNTDOWN, new Design(new double[] {880}, new int[] {0}, 110));
        DESIGN.put(Cue.START_PREPARE, new Design(new double[] {659.3, 659.3}, new int[] {0, 180}, 300));
        DESIGN.put(Cue.START_INVERSION, new Design(new double[] {784, 659.3, 523.3}, new int[] {0, 170, 340}, 600));
        DESIGN.put(Cue.START_EXERCISE, new Design(new double[] {523.3, 784}, new int[] {0, 170}, 430));
        DESIGN.put(Cue.START_WALK, new Design(new double[] {587.3, 587.3, 587.3}, new int[] {0, 150, 300}, 400));
        DESIGN.put(Cue.START_HEAT, new Design(new double[] {440, 554.4}, new int[] {0, 220}, 540));
        DESIGN.put(Cue.START_ICE, new Design(new double[] {987.8, 740}, new int[] {0, 180}, 440));
        DESIGN.put(Cue.START_PROMPT, new Design(new double[] {698.5, 880}, new int[] {0, 180}, 440));
        DESIGN.put(Cue.START_REST, new Design(new double[] {392}, new int[] {0}, 700));
        DESIGN.put(Cue.SWITCH_SIDES, new Design(new double[] {698.5, 523.3, 698.5, 523.3}, new int[] {0, 150, 300, 450}, 560));
        DESIGN.put(Cue.HALFWAY, new Design(new double[] {1046.5}, new int[] {0}, 500));
        DESIGN.put(Cue.OSCILLATE, new Design(new double[] {440, 659.3, 440}, new int[] {0, 200, 400}, 550));
        DESIGN.put(Cue.CHECK_SKIN, new Design(new double[] {392, 392}, new int[] {0, 260}, 420));
        DESIGN.put(Cue.WAITING, new Design(new double[] {587.3, 392}, new int[] {0, 280}, 780));
        DESIGN.put(Cue.COMPLETE, new Design(new double[] {523.3, 659.3, 784, 1046.5}, new int[] {0, 150, 300, 450}, 950));
    }

    private static float[] samples(Cue cue) {
        return PALETTE.sound(cue).samples();
    }

    private static final Map<Cue, List<Analysis.Heard>> HEARD = new EnumMap<>(Cue.class);

    /** The notes found in the cue's sound; measured once, since finding pitches takes a while. */
    private static synchronized List<Analysis.Heard> heard(Cue cue) {
        return HEARD.computeIfAbsent(cue, c -> Analysis.notes(samples(c), 0.02 * Palette.PEAK));
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_hasTheDesignedNotesAtTheirPitchesAndMoments(Cue cue) {
        Design design = DESIGN.get(cue);

        List<Analysis.Heard> notes = heard(cue);

        assertEquals(design.hertz().length, notes.size(), cue + ": " + notes);
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(design.hertz()[i], notes.get(i).hertz(), design.hertz()[i] * 0.005, cue + " note " + i);
            assertEquals(design.startMillis()[i], notes.get(i).startMillis(), 5.0, cue + " note " + i + " start");
        }
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_lastsItsDesignedLength(Cue cue) {
        Sound sound = PALETTE.sound(cue);

        assertEquals(DESIGN.get(cue).lengthMillis() * Sound.SAMPLE_RATE / 1000, sound.frames(), cue.toString());
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_startsAndEndsInSilence(Cue cue) {
        float[] x = samples(cue);
        int ms = Sound.SAMPLE_RATE / 1000;

        double head = Analysis.peak(java.util.Arrays.copyOfRange(x, 0, ms));
        double tail = Analysis.peak(java.util.Arrays.copyOfRange(x, x.length - ms, x.length));

        assertEquals(0.0, x[0], cue.toString());
        assertTrue(Math.abs(x[x.length - 1]) < 1e-4, cue + " ends at " + x[x.length - 1]);
        assertTrue(head < 0.1 * Palette.PEAK, cue + " first millisecond peaks at " + head);
        assertTrue(tail < 0.1 * Palette.PEAK, cue + " last millisecond peaks at " + tail);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_hasNoClicks(Cue cue) {
        double highest = java.util.Arrays.stream(DESIGN.get(cue).hertz()).max().getAsDouble();

        double roughness = Analysis.roughness(samples(cue));

        assertTrue(roughness < Analysis.smoothLimit(highest, Palette.PEAK),
                cue + ": " + roughness + " over " + Analysis.smoothLimit(highest, Palette.PEAK));
    }

    @Test
    void clickCheck_findsAToneThatIsCutOff() {
        float[] tone = PALETTE.sound(Cue.HALFWAY).samples();
        float[] cut = java.util.Arrays.copyOf(tone, tone.length / 3);

        double roughness = Analysis.roughness(cut);

        assertTrue(roughness > Analysis.smoothLimit(1046.5, Palette.PEAK), "a cut-off tone clicks: " + roughness);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_isClearlyAudibleButLeavesRoomToOverlapAnother(Cue cue) {
        double peak = Analysis.peak(samples(cue));

        assertTrue(peak >= 0.25 && peak <= Palette.PEAK, cue + " peaks at " + peak);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sound_isNeitherShrillNorTooLowForASmallSpeaker(Cue cue) {
        for (Analysis.Heard note : heard(cue)) {
            assertTrue(note.hertz() >= 380 && note.hertz() <= 1100, cue + ": " + note.hertz() + " Hz");
        }
    }

    @Test
    void sounds_noTwoAreAlike() {
        List<String> alike = new ArrayList<>();
        Cue[] cues = Cue.values();

        for (int i = 0; i < cues.length; i++) {
            for (int j = i + 1; j < cues.length; j++) {
                if (alike(heard(cues[i]), heard(cues[j]))) {
                    alike.add(cues[i] + " ~ " + cues[j]);
                }
            }
        }

        assertEquals(List.of(), alike);
    }

    /**
     * Whether an ear could mistake one for the other: as many notes, each within a semitone and starting
     * within 40 ms of its counterpart, and lengths within a third of each other.
     */
    private static boolean alike(List<Analysis.Heard> a, List<Analysis.Heard> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Analysis.Heard x = a.get(i);
            Analysis.Heard y = b.get(i);
            if (Math.abs(x.semitone() - y.semitone()) > 1 || Math.abs(x.startMillis() - y.startMillis()) > 40) {
                return false;
            }
        }
        double lengthA = a.get(a.size() - 1).to() - a.get(0).from();
        double lengthB = b.get(b.size() - 1).to() - b.get(0).from();
        return Math.abs(lengthA - lengthB) <= Math.max(lengthA, lengthB) / 3;
    }

    @Test
    void alikeCheck_takesATransposedCopyByASemitoneForTheSame() {
        List<Analysis.Heard> exercise = heard(Cue.START_EXERCISE);
        List<Analysis.Heard> shifted = exercise.stream()
                .map(n -> new Analysis.Heard(n.from(), n.to(), n.hertz() * Math.pow(2, 1 / 12.0))).toList();

        assertTrue(alike(exercise, shifted));
    }
}
