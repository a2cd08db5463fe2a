package dev.hangtime.core.routine;

/** What a segment asks the user to do; each kind has its own colour and start sound. */
public enum SegmentKind {
    PREPARE, INVERSION, EXERCISE, RELAX, REST, WALK, HEAT, ICE, PROMPT;

    /** The lower-case name used in files, events and the {@code show --json} output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the user works in this kind of segment, as opposed to getting ready or recovering. */
    public boolean isActive() {
        return this != PREPARE && this != RELAX && this != REST;
    }
}
