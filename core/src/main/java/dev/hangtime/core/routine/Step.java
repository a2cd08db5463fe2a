package dev.hangtime.core.routine;

/**
 * One step of a routine, as written in a routine file. Steps are immutable and validated on construction;
 * {@link Expansion} turns them into the segments a session runs.
 */
public sealed interface Step permits Inversion, Exercise, Rest, Walk, Heat, Ice, Prompt, Repeat {

    /** The step's {@code type} in a routine file, such as {@code "inversion"}. */
    String type();

    /** The step's label, note, lead-in and cue overrides; a repeat has only a label. */
    StepStyle style();
}
