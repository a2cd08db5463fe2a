package dev.hangtime.core.routine;

/** The side of the body a segment of a two-sided exercise works. */
public enum Side {
    LEFT, RIGHT;

    /** The lower-case name used in files, events and labels. */
    public String word() {
        return this == LEFT ? "left" : "right";
    }
}
