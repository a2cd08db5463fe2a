package dev.hangtime.core.cue;

import java.util.Objects;

/**
 * What a front end does for a cue that cannot be heard, and how to say it.
 *
 * @param words what happens instead, as a clause that reads after "no sound: …; " and before "instead" or
 *     "until it is back": "the terminal bell rings for each cue", "the screen flashes for each cue"
 * @param signal does it, once, for one cue: called on a thread of the player's, so it must not block
 */
public record StandIn(String words, Runnable signal) {

    /** Nothing: for a session whose sound, if any, was attached with its own stand-in. */
    public static final StandIn NONE = new StandIn("nothing stands in for each cue", () -> { });

    public StandIn {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(signal, "signal");
    }
}
