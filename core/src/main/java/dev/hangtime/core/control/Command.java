package dev.hangtime.core.control;

import java.time.Duration;

/** What the user asks of a session, whichever front end and key or button it came from. */
public enum Command {
    /** Start, pause, resume. */
    TOGGLE,
    /** Done, on a step that waits for the user. */
    DONE,
    /** Skip to the next segment: one rep, one side, one rest. */
    SKIP,
    /** Skip the rest of this routine step, all its sets, reps and sides: on to the next step. */
    SKIP_STEP,
    /** What a presentation remote's "next" means: done on a step that waits, skip otherwise. */
    FORWARD,
    /** Back to the start of this segment, or to the previous one if this one began moments ago. */
    BACK,
    /** {@link #ADDED_TIME} more for this segment. */
    ADD_TIME,
    /** Sound on or off. */
    SOUND,
    /** Stop the session, after asking. */
    STOP,
    /** Every key. */
    HELP,
    /** All there is to read about the step: the full safety text of a short check, or the step's whole note. */
    DETAILS,
    /**
     * Ctrl-C: the user stops at once. The session is kept as stopped, as after {@link #STOP}, without the question,
     * and the command ends with status 130.
     */
    INTERRUPT,
    /**
     * The terminal went away, or the program is being ended from outside: the session is kept as cut off, so that
     * it can be picked up again, and the command ends with status 130.
     */
    CUT_OFF,
    /** A key that means nothing here. */
    NONE;

    /** What {@link #ADD_TIME} adds. */
    public static final Duration ADDED_TIME = Duration.ofSeconds(30);
}
