package dev.hangtime.core.routine;

/** What a segment asks the user to do; each kind has its own colour and start sound. */
public enum SegmentKind {
    PREPARE, INVERSION, EXERCISE, RELAX, REST, WALK, HEAT, ICE, PROMPT;

    /** The lower-case name used in files, events and the {@code show --json} output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
