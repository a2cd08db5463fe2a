package dev.hangtime.core.cue;

import java.time.Duration;

/**
 * Plays cue sounds for a front end: javax.sound in the terminal, javafx-media on the desktop.
 *
 * <p>A cue whose moment is known ahead is handed over {@link #lead()} early, with how far ahead its moment
 * is, so that a player can start it early by its output's latency and have it heard on time.
 *
 * <p>Implementations may be called from any thread. They never block for long and never throw: a player
 * that loses its output says so once, falls back to something simpler (such as the terminal bell) or goes
 * quiet, and the session goes on.
 */
public interface CuePlayer extends AutoCloseable {

    /**
     * How long before its moment a cue should be handed over so that it is heard on time: at least the
     * output's latency, plus whatever the player needs to get going.
     */
    Duration lead();

    /**
     * Plays {@code sound} so that it is heard {@code in} from now; zero means as soon as it can. A sound that
     * overlaps another is mixed with it.
     */
    void play(Sound sound, Duration in);

    /** Drops every sound that was handed over but has not started to sound: its moment did not come. */
    void cancelPending();

    /** Stops playing and lets the output go. Never throws. */
    @Override
    void close();

    /** A player that plays nothing, for a session with sound off. */
    static CuePlayer silent() {
        return Silent.INSTANCE;
    }

    /** The player behind {@link #silent()}. */
    enum Silent implements CuePlayer {
        INSTANCE;

        @Override
        public Duration lead() {
            return Duration.ZERO;
        }

        @Override
        public void play(Sound sound, Duration in) {
            // Sound is off.
        }

        @Override
        public void cancelPending() {
            // Nothing is ever pending.
        }

        @Override
        public void close() {
            // Nothing to let go.
        }
    }
}
