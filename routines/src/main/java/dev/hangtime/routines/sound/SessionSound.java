package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.settings.Settings;
import java.time.Duration;

/** The sound of one run of a session: the system's player and the session's cues, set up from the settings. */
public final class SessionSound implements AutoCloseable {

    /** How long a session waits at its start for the sound device to be ready, so the first cue is heard. */
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private final SystemSound sound;
    private final SessionCues cues;

    private SessionSound(SystemSound sound, SessionCues cues) {
        this.sound = sound;
        this.cues = cues;
    }

    /**
     * Attaches sound to {@code session}; call before adding any other listener, so that nothing delays the
     * cues. Muted (by {@code --mute} or the settings), it opens no device until sound is switched on.
     * Problems with the device are told once to {@code notices}, after which {@code ring} stands in for each
     * cue not heard.
     */
    public static SessionSound attach(Session session, Ticker ticker, int speed, Settings settings, boolean mute,
            Notices notices, Runnable ring, CueListener listener) {
        boolean muted = mute || settings.mute();
        SystemSound sound = muted
                ? SystemSound.lazy(settings.volume(), notices, ring)
                : SystemSound.open(settings.volume(), notices, ring);
        SessionCues cues = SessionCues.attach(session, ticker, speed, sound);
        cues.setMuted(muted);
        cues.addCueListener(listener);
        if (settings.voice()) {
            Espeak.find().ifPresentOrElse(cues::speak,
                    () -> notices.tell(new Notice(Notice.Topic.SOUND, Espeak.UNAVAILABLE)));
        }
        if (!muted) {
            sound.awaitReady(WARM_UP);
        }
        return new SessionSound(sound, cues);
    }

    public SessionCues cues() {
        return cues;
    }

    /** Lets the last cue finish, then closes the device. */
    @Override
    public void close() {
        sound.close();
    }
}
