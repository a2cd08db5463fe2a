package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;

/**
 * A cue handed to the line, and how far it got: placed in the stream (taken), then played (consumed), or
 * dropped for the stand-in. Its fields are guarded by the player's lock.
 */
final class Handed {

    final Sound sound;
    /** The clock reading at which it is to be heard. */
    final long heardAt;
    /** The clock reading by which it is judged: its moment, or when it was handed if that was later. */
    final long due;
    /** Whether it is watched: a rehearsal of the path is not, since nobody is waiting to hear it. */
    final boolean watched;

    /** The line it was placed on, and its first frame there; -1 while it waits to be placed. */
    OpenLine line;
    long startFrame = -1;

    Handed(Sound sound, long heardAt, long handedAt, boolean watched) {
        this.sound = sound;
        this.heardAt = heardAt;
        this.due = Math.max(heardAt, handedAt);
        this.watched = watched;
    }

    /** Whether its first frame is in a block written (or being written) to a line. */
    boolean taken() {
        return startFrame >= 0;
    }

    /** Puts it back to wait to be placed again: what was written of it was dropped. */
    void untake() {
        line = null;
        startFrame = -1;
    }

    /** Whether the line it was placed on has played its first frame. */
    boolean consumed() {
        return line != null && line.consumed() > startFrame;
    }
}
