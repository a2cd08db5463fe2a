package dev.hangtime.desktop.model;

import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.RecordingPain;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Services that write down what the session tells them ("prepared", "before 3", "after 4", "interrupted",
 * "closed"), with cues that play nothing, kept in a journal that asks for the pain before the start.
 */
public final class RecordingSetup implements SessionSetup, SessionServices {

    public final List<String> told = new CopyOnWriteArrayList<>();
    private Optional<SessionCues> cues = Optional.empty();

    @Override
    public SessionServices prepare(Timeline timeline, Session session, Ticker ticker, StandIn standIn,
            Notices notices) {
        told.add("prepared");
        cues = Optional.of(SessionCues.attach(session, ticker, 1, CuePlayer.silent()));
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
        return Optional.of(new RecordingPain(told, true, true));
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
