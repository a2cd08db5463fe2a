package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.settings.Settings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sound of one run of a session: the system's player and the session's cues, set up from the settings,
 * and where sound stands for the front end to show ({@link #status()}, {@link #addStatusListener}).
 */
public final class SessionSound implements CueSound {

    /** How long a session waits at its start for the sound device to be ready, so the first cue is heard. */
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private final SystemSound sound;
    private final SessionCues cues;
    private final Ticker ticker;
    private final List<SoundStatusListener> listeners = new CopyOnWriteArrayList<>();
    /** The ticker reading at the session's start, once it has started. */
    private volatile long origin;
    private volatile boolean started;
    /** Whether the user has muted the session, as last set through {@link #setMuted}. */
    private volatile boolean muted;

    // Read and written on the sound's news thread only:
    private SoundStatus device;
    private SoundStatus told;

    private SessionSound(SystemSound sound, SessionCues cues, Ticker ticker, boolean muted) {
        this.sound = sound;
        this.cues = cues;
        this.ticker = ticker;
        this.muted = muted;
    }

    /**
     * Attaches sound to {@code session}; call before adding any other listener, so that nothing delays the
     * cues. Muted (by {@code --mute} or the settings), it opens no device until sound is switched on. Trouble
     * with the device is told to {@code notices}, once when sound stops and once when it is back; meanwhile
     * {@code standIn} takes each cue.
     */
    public static SessionSound attach(Session session, Ticker ticker, int speed, Settings settings, boolean mute,
            Notices notices, StandIn standIn, CueListener listener) {
        return attach(session, ticker, speed, settings, mute, notices,
                SystemSound.lazy(settings.volume(), notices, standIn), listener);
    }

    /** Attaches {@code sound}, not yet started: it starts now unless the session is muted. */
    static SessionSound attach(Session session, Ticker ticker, int speed, Settings settings, boolean mute,
            Notices notices, SystemSound sound, CueListener listener) {
        boolean muted = mute || settings.mute();
        if (!muted) {
            // Warming starts now, while the cues and the voice are set up.
            sound.start();
        }
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
        SessionSound sessionSound = new SessionSound(sound, cues, ticker, muted);
        session.addListener(event -> {
            if (event instanceof SessionStarted) {
                sessionSound.origin = ticker.read();
                sessionSound.started = true;
            }
        });
        sound.addStatusListener(sessionSound::deviceChanged);
        sound.afterNews(sessionSound::firstStatus);
        return sessionSound;
    }

    @Override
    public SessionCues cues() {
        return cues;
    }

    /**
     * Where sound stands now: muted, or the device's status (starting, on, unavailable, coming back). Call
     * it on the session's thread, as the cues are.
     */
    @Override
    public SoundStatus status() {
        return cues.isMuted() ? SoundStatus.MUTED : sound.status();
    }

    /**
     * Mutes or unmutes the session's cues; unmuted, the device is opened if it was not. Call it on the
     * session's thread, as the cues are; listeners are told.
     */
    @Override
    public void setMuted(boolean muted) {
        this.muted = muted;
        cues.setMuted(muted);
        if (!muted) {
            sound.awaitReady(Duration.ZERO);
        }
        sound.afterNews(this::tellIfChanged);
    }

    /**
     * Tells {@code listener} the status now, then each change, on a thread of the player's (see
     * {@link SoundStatusListener}).
     */
    public void addStatusListener(SoundStatusListener listener) {
        sound.afterNews(() -> {
            listeners.add(listener);
            listener.changed(current(), sinceStart());
        });
    }

    /** Lets the last cue finish, then closes the device. */
    @Override
    public void close() {
        sound.close();
    }

    /** On the news thread, once attached: where the device stands, unless a change has said so already. */
    private void firstStatus() {
        if (device == null) {
            device = sound.status();
        }
        if (told == null) {
            told = current();
        }
    }

    /** On the news thread. */
    private void deviceChanged(SoundStatus status) {
        device = status;
        tellIfChanged();
    }

    /** On the news thread. */
    private void tellIfChanged() {
        SoundStatus now = current();
        if (!now.equals(told)) {
            told = now;
            Duration at = sinceStart();
            for (SoundStatusListener listener : listeners) {
                listener.changed(now, at);
            }
        }
    }

    /** On the news thread. */
    private SoundStatus current() {
        return muted ? SoundStatus.MUTED : device;
    }

    private Duration sinceStart() {
        return started ? Duration.ofNanos(Math.max(0, ticker.read() - origin)) : Duration.ZERO;
    }
}
