package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;

/**
 * One session's sound, as the services beside a session hold it, whichever path plays it: the shared line
 * player ({@link SessionSound}) or a front end's own choice of paths.
 */
public interface CueSound extends AutoCloseable {

    /** The session's cues, to be handed over ahead of their moments. */
    SessionCues cues();

    /** Whether the cues are heard now, for a header; call it on the session's thread. */
    SoundStatus status();

    /** Mutes or unmutes the cues; call it on the session's thread. */
    void setMuted(boolean muted);

    /** Lets the last cue finish, then lets the output go. */
    @Override
    void close();
}
