package dev.hangtime.core.cue;

import dev.hangtime.core.routine.SegmentKind;
import java.util.Locale;

/** A moment in a session that has its own sound, so the user can follow the session without looking. */
public enum Cue {
    /** One of the pips in the last seconds of a timed step. */
    COUNTDOWN,
    /** A "get ready" lead-in begins. */
    START_PREPARE,
    /** An inversion hold begins. */
    START_INVERSION,
    /** A timed exercise begins. */
    START_EXERCISE,
    /** A walk begins. */
    START_WALK,
    /** A heat pack goes on. */
    START_HEAT,
    /** An ice pack goes on. */
    START_ICE,
    /** A timed instruction begins. */
    START_PROMPT,
    /** A rest, or the relax between reps, begins. */
    START_REST,
    /** The second side of a set begins. */
    SWITCH_SIDES,
    /** Half of the step has run. */
    HALFWAY,
    /** Rock in or out on the inversion table. */
    OSCILLATE,
    /** Check the skin under a heat or ice pack. */
    CHECK_SKIN,
    /** A step waits for the user to say done. */
    WAITING,
    /** The session ran to its end. */
    COMPLETE;

    /** The name used in {@code cue} events, such as {@code "start-inversion"} or {@code "check-skin"}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cue that starts a timed segment of {@code kind}; rest and relax share one. */
    public static Cue startOf(SegmentKind kind) {
        switch (kind) {
            case PREPARE:
                return START_PREPARE;
            case INVERSION:
                return START_INVERSION;
            case EXERCISE:
                return START_EXERCISE;
            case WALK:
                return START_WALK;
            case HEAT:
                return START_HEAT;
            case ICE:
                return START_ICE;
            case PROMPT:
                return START_PROMPT;
            case RELAX:
            case REST:
                return START_REST;
            default:
                throw new AssertionError(kind);
        }
    }
}
