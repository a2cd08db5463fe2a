package dev.hangtime.core.notice;

import java.util.Objects;

/**
 * Something the shared layer has to tell the user, as a value: shared code never prints. Each front end words
 * the channel and the prefix itself (the terminal app writes {@code hangtime: } and the message on standard
 * error, or at the foot of its screen; the desktop shows it in its window).
 *
 * @param topic what the notice is about, so that a front end can place it (a sound notice by the sound state)
 * @param message one line, already safe to show: what is wrong, and what happens instead or what to do
 */
public record Notice(Topic topic, String message) {

    /** What a notice is about. */
    public enum Topic {
        /** The sound device: unavailable, stopped, back. */
        SOUND,
        /** The session journal: cannot be read or written. */
        JOURNAL,
        /** The settings file. */
        SETTINGS,
        /** The routine library: a user file that cannot be read. */
        LIBRARY,
        /** The session itself, such as a preview that is not kept. */
        SESSION
    }

    public Notice {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
    }
}
