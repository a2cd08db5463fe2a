package dev.hangtime.tui.screen;

import dev.hangtime.core.cue.SessionCues;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SessionSetup} added to a session, as far as the full-screen app must know it.
 *
 * @param cues the session's cues: the app wakes for them as for the session, hands them over before the
 *     session catches up, and switches them with {@code m}; empty when the session has no sound
 * @param interrupted told when Ctrl-C ends the session, before the session is stopped, so that the journal
 *     keeps it as interrupted rather than stopped
 * @param close told once the session is over and its end screen left, or the app leaves: lets the sound
 *     device and the journal go
 * @param pain where the pain scores asked before and after the session are kept; empty when the session is
 *     not kept (a preview), and then nothing is asked
 */
public record SessionExtras(Optional<SessionCues> cues, Runnable interrupted, Runnable close,
        Optional<PainScores> pain) {

    public SessionExtras {
        Objects.requireNonNull(cues, "cues");
        Objects.requireNonNull(interrupted, "interrupted");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(pain, "pain");
    }

    /** Extras that keep no pain scores. */
    public SessionExtras(Optional<SessionCues> cues, Runnable interrupted, Runnable close) {
        this(cues, interrupted, close, Optional.empty());
    }

    /** Nothing added. */
    public static SessionExtras none() {
        return new SessionExtras(Optional.empty(), () -> { }, () -> { });
    }
}
