package dev.hangtime.core.control;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import java.util.Optional;

/**
 * What runs beside a session, as far as the controller must know it: in practice its sound and its journal,
 * which the shared layer on disk attaches.
 */
public interface SessionServices {

    /**
     * The session's cues: the controller wakes for them as for the session, and hands them over before the
     * session catches up; empty when the session has no sound.
     */
    Optional<SessionCues> cues();

    /** Where sound stands, for the screen's header; empty when the session has no sound. */
    Optional<SoundStatus> sound();

    /** Switches the cues off or on, as {@link Command#SOUND} asks; nothing happens without sound. */
    void setMuted(boolean muted);

    /** Where the pain scores go; empty when the session is not kept (a preview), and then nothing is asked. */
    Optional<PainScores> pain();

    /**
     * Told when the session is cut off (the terminal went away, the program is being ended from outside), before
     * the session is stopped, so that the journal keeps it as interrupted rather than stopped. Ctrl-C is the user
     * stopping, and is not told.
     */
    void interrupted();

    /** Told once the session is over and left, or the app leaves: lets the sound device and the journal go. */
    void close();

    /** Nothing beside the session. */
    SessionServices NONE = new SessionServices() {
        @Override
        public Optional<SessionCues> cues() {
            return Optional.empty();
        }

        @Override
        public Optional<SoundStatus> sound() {
            return Optional.empty();
        }

        @Override
        public void setMuted(boolean muted) {
        }

        @Override
        public Optional<PainScores> pain() {
            return Optional.empty();
        }

        @Override
        public void interrupted() {
        }

        @Override
        public void close() {
        }
    };
}
