package dev.hangtime.core.cue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sound of every cue, synthesized once when the palette is made.
 *
 * <p>The cues are told apart by their shape before their pitch: one note, two, three or four, rising or
 * falling, quick or slow. All sit between G4 and C6, low enough not to be shrill and high enough to carry
 * on a small speaker. Starts of active steps move (rising, falling, stepping); rests and waiting fall and
 * linger. Every sound peaks at or below {@link #PEAK} so that two overlapping cues do not clip.
 */
public final class Palette {

    /** The loudest sample of any cue, before the user's volume. */
    public static final double PEAK = 0.5;

    private static final double C5 = 523.25;
    private static final double D5 = 587.33;
    private static final double E5 = 659.26;
    private static final double F5 = 698.46;
    private static final double FS5 = 739.99;
    private static final double G5 = 783.99;
    private static final double A5 = 880.00;
    private static final double B5 = 987.77;
    private static final double C6 = 1046.50;
    private static final double G4 = 392.00;
    private static final double A4 = 440.00;
    private static final double CS5 = 554.37;

    private static final double LOUD = 0.45;
    private static final double SOFT = 0.35;

    private final Map<Cue, Sound> sounds = new EnumMap<>(Cue.class);

    private Palette() {
        for (Cue cue : Cue.values()) {
            sounds.put(cue, new Sound(cue.word(), Synth.render(notes(cue))));
        }
    }

    /** The standard palette, synthesized on first use. */
    public static Palette standard() {
        return Standard.PALETTE;
    }

    /** Holds the standard palette, so that it is made once and only when first asked for. */
    private static final class Standard {
        static final Palette PALETTE = new Palette();
    }

    /** The sound of {@code cue}. */
    public Sound sound(Cue cue) {
        return sounds.get(cue);
    }

    /** The notes of {@code cue}: pitch, start, length, level and decay. */
    static List<Note> notes(Cue cue) {
        switch (cue) {
            case COUNTDOWN: // one short pip: quick enough not to blur into the next second
                return List.of(new Note(A5, 0, 110, LOUD, 60));
            case START_PREPARE: // "ready, ready"
                return List.of(new Note(E5, 0, 120, LOUD, 80), new Note(E5, 180, 120, LOUD, 80));
            case START_INVERSION: // falling: head goes down
                return List.of(new Note(G5, 0, 140, LOUD, 100), new Note(E5, 170, 140, LOUD, 100),
                        new Note(C5, 340, 260, LOUD, 160));
            case START_EXERCISE: // a rising fifth: go
                return List.of(new Note(C5, 0, 140, LOUD, 100), new Note(G5, 170, 260, LOUD, 160));
            case START_WALK: // three even steps
                return List.of(new Note(D5, 0, 100, LOUD, 70), new Note(D5, 150, 100, LOUD, 70),
                        new Note(D5, 300, 100, LOUD, 70));
            case START_HEAT: // a warm major third, up
                return List.of(new Note(A4, 0, 180, LOUD, 140), new Note(CS5, 220, 320, LOUD, 200));
            case START_ICE: // a crisp falling fourth
                return List.of(new Note(B5, 0, 140, LOUD, 60), new Note(FS5, 180, 260, LOUD, 90));
            case START_PROMPT: // a rising third, like a question
                return List.of(new Note(F5, 0, 140, LOUD, 100), new Note(A5, 180, 260, LOUD, 160));
            case START_REST: // one low note that lingers: breathe out
                return List.of(new Note(G4, 0, 700, SOFT, 300));
            case SWITCH_SIDES: // left-right-left-right
                return List.of(new Note(F5, 0, 110, LOUD, 80), new Note(C5, 150, 110, LOUD, 80),
                        new Note(F5, 300, 110, LOUD, 80), new Note(C5, 450, 110, LOUD, 80));
            case HALFWAY: // one high bell, soft
                return List.of(new Note(C6, 0, 500, SOFT, 180));
            case OSCILLATE: // low-high-low: rock in and back
                return List.of(new Note(A4, 0, 150, SOFT, 110), new Note(E5, 200, 150, SOFT, 110),
                        new Note(A4, 400, 150, SOFT, 110));
            case CHECK_SKIN: // two slow low knocks
                return List.of(new Note(G4, 0, 160, SOFT, 90), new Note(G4, 260, 160, SOFT, 90));
            case WAITING: // a doorbell: someone is waiting for you
                return List.of(new Note(D5, 0, 220, LOUD, 180), new Note(G4, 280, 500, LOUD, 260));
            case COMPLETE: // a major arpeggio up to the octave
                return List.of(new Note(C5, 0, 130, LOUD, 100), new Note(E5, 150, 130, LOUD, 100),
                        new Note(G5, 300, 130, LOUD, 100), new Note(C6, 450, 500, LOUD, 220));
            default:
                throw new AssertionError(cue);
        }
    }
}
