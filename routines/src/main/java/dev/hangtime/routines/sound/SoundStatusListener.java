package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.SoundStatus;
import java.time.Duration;

/** Told each change of a session's sound status. */
@FunctionalInterface
public interface SoundStatusListener {

    /**
     * The sound status is now {@code status}, since {@code at} into the session (zero before it started).
     * Called on a thread of the player's, one change at a time and in order: hand it over to the front end's
     * own thread rather than do slow work here.
     */
    void changed(SoundStatus status, Duration at);
}
