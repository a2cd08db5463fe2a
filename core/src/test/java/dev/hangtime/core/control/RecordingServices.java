package dev.hangtime.core.control;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Services that write down what the controller tells them ("interrupted", "closed", "before 3", "after 4"),
 * with cues through a player that hands each sound over 100 ms ahead and plays nothing.
 */
final class RecordingServices implements SessionServices, SessionSetup {

    static final Duration LEAD = Duration.ofMillis(100);

    final List<String> told = new ArrayList<>();
    private final boolean withCues;
    private final Optional<PainScores> pain;
    private Optional<SessionCues> cues = Optional.empty();

    /**
     * @param withCues whether the session has sound
     * @param keptAsksBefore empty for a session that is not kept; otherwise whether it asks for the pain before
     * @param written whether a score after reaches the disk
     */
    RecordingServices(boolean withCues, Optional<Boolean> keptAsksBefore, boolean written) {
        this.withCues = withCues;
        this.pain = keptAsksBefore.map(asks -> new RecordingPain(told, asks, written));
    }

    /** Kept, asking before the start, every score written; no sound. */
    static RecordingServices kept() {
        return new RecordingServices(false, Optional.of(true), true);
    }

    @Override
    public SessionServices prepare(Timeline timeline, Session session, Ticker ticker, StandIn standIn,
            Notices notices) {
        told.add("prepared");
        if (withCues) {
            cues = Optional.of(SessionCues.attach(session, ticker, 1, new CuePlayer() {
                @Override
                public Duration lead() {
                    return LEAD;
                }

                @Override
                public void play(Sound sound, Duration in) {
                }

                @Override
                public void cancelPending() {
                }

                @Override
                public void close() {
                }
            }));
        }
        return this;
    }

    @Override
    public Optional<SessionCues> cues() {
        return cues;
    }

    @Override
    public Optional<SoundStatus> sound() {
        return cues.map(c -> c.isMuted() ? SoundStatus.MUTED : SoundStatus.ON);
    }

    @Override
    public void setMuted(boolean muted) {
        cues.ifPresent(c -> c.setMuted(muted));
    }

    @Override
    public Optional<PainScores> pain() {
        return pain;
    }

    @Override
    public void interrupted() {
        told.add("interrupted");
    }

    @Override
    public void close() {
        told.add("closed");
    }
}
