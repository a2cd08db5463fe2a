package dev.hangtime.core.cue;

import java.time.Duration;

/** Told of every cue handed to the player, such as to print a {@code cue} event. */
@FunctionalInterface
public interface CueListener {

    /**
     * {@code cue} was handed to the player to be heard at {@code at}, the time since the session started.
     * Called on the session's thread; for a cue known ahead, up to the player's lead before {@code at}.
     */
    void played(Cue cue, Duration at);
}
