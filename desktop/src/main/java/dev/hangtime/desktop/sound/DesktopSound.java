package dev.hangtime.desktop.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.CueSound;
import dev.hangtime.routines.sound.CueSoundFactory;
import dev.hangtime.routines.sound.Espeak;
import dev.hangtime.routines.sound.StandInPlayer;
import dev.hangtime.routines.sound.SystemSound;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sound of one session in the window: the same palette as the terminal app, through the first path that
 * opens. The javax.sound line player comes first, since it alone heard every cue on time (docs/desktop.md);
 * javafx-media's AudioClip when the line cannot open; a flash of the window when nothing can sound. A fall back
 * is told once, and the session goes on either way.
 */
public final class DesktopSound implements CueSound {

    /** How long a session waits at its start for the line to be ready, so that the first cue is heard. */
    static final Duration WARM_UP = Duration.ofSeconds(1);

    private final CuePlayer player;
    private final SessionCues cues;
    private final SoundPath path;
    /** Why there is no sound, when the flash took the session. */
    private final SoundStatus silent;

    private DesktopSound(CuePlayer player, SessionCues cues, SoundPath path, SoundStatus silent) {
        this.player = player;
        this.cues = cues;
        this.path = path;
        this.silent = silent;
    }

    /** Attaches each session's sound from {@code settings}, trying {@code first} first. */
    public static CueSoundFactory factory(Settings settings, SoundPath first) {
        return (session, ticker, speed, standIn, notices) -> attach(session, ticker, speed, settings, first, notices,
                standIn);
    }

    /**
     * Attaches sound to {@code session}; call before any other listener, so that nothing delays the cues.
     * Muted by the settings, it opens nothing until sound is switched on, and then the line.
     *
     * @param first the path to try first; the later ones are the fallbacks
     * @param notices told of a fallback, once
     * @param flash flashes the window, from any thread, for a cue that cannot be heard
     */
    public static DesktopSound attach(Session session, Ticker ticker, int speed, Settings settings, SoundPath first,
            Notices notices, StandIn flash) {
        Opened opened = settings.mute()
                ? new Opened(SystemSound.lazy(settings.volume(), notices, flash), SoundPath.LINE, SoundStatus.ON)
                : open(first, settings.volume(), notices, flash);
        SessionCues cues = SessionCues.attach(session, ticker, speed, opened.player());
        cues.setMuted(settings.mute());
        if (settings.voice()) {
            Espeak.find().ifPresentOrElse(cues::speak,
                    () -> notices.tell(new Notice(Notice.Topic.SOUND, Espeak.UNAVAILABLE)));
        }
        return new DesktopSound(opened.player(), cues, opened.path(), opened.silent());
    }

    @Override
    public SessionCues cues() {
        return cues;
    }

    /** Muted; the line's own status; on, for the clip player; no sound, and why, for the flash. */
    @Override
    public SoundStatus status() {
        if (cues.isMuted()) {
            return SoundStatus.MUTED;
        }
        switch (path) {
            case LINE:
                return ((SystemSound) player).status();
            case CLIP:
                return SoundStatus.ON;
            default:
                return silent;
        }
    }

    /** Unmuted, a line that was never opened (muted from the start) opens now. */
    @Override
    public void setMuted(boolean muted) {
        cues.setMuted(muted);
        if (!muted && player instanceof SystemSound) {
            ((SystemSound) player).awaitReady(Duration.ZERO);
        }
    }

    /** Which path plays the cues. */
    public SoundPath path() {
        return path;
    }

    /** Lets the last cue finish, then lets the output go. */
    @Override
    public void close() {
        player.close();
    }

    /**
     * A player, the path it plays through, and, for the flash, why nothing sounds.
     */
    record Opened(CuePlayer player, SoundPath path, SoundStatus silent) {
    }

    /** The first path from {@code first} on that opens; the flash always does. */
    static Opened open(SoundPath first, int volumePercent, Notices notices, StandIn flash) {
        Optional<SoundStatus> trouble = Optional.empty();
        for (SoundPath path : SoundPath.values()) {
            if (path.ordinal() < first.ordinal()) {
                continue;
            }
            switch (path) {
                case LINE: {
                    // The line's notices wait until it is known whether it is the path kept, so that a line that
                    // cannot open says nothing of its own: the fallback's one notice says it.
                    List<Notice> held = new CopyOnWriteArrayList<>();
                    Forwarding forwarding = new Forwarding(held::add);
                    SystemSound line = SystemSound.open(volumePercent, forwarding, flash);
                    line.awaitReady(WARM_UP);
                    SoundStatus status = line.status();
                    if (status.state() != SoundStatus.State.UNAVAILABLE) {
                        forwarding.to(notices);
                        held.forEach(notices::tell);
                        return new Opened(line, path, SoundStatus.ON);
                    }
                    line.close();
                    trouble = Optional.of(status);
                    break;
                }
                case CLIP:
                    try {
                        return told(new Opened(ClipPlayer.open(gain(volumePercent)), path, SoundStatus.ON), trouble,
                                notices);
                    } catch (IOException | RuntimeException e) {
                        trouble = trouble.or(() -> Optional.of(SoundStatus.unavailable("JavaFX media cannot play: "
                                + e.getMessage(), "check the system's sound settings")));
                    }
                    break;
                default: {
                    SoundStatus silent = trouble.orElse(SoundStatus.unavailable("sound is switched off for this"
                            + " window (--sound flash)", "start it without --sound flash to hear the cues"));
                    return told(new Opened(new StandInPlayer(flash.signal()), SoundPath.FLASH, silent), trouble,
                            notices);
                }
            }
        }
        throw new AssertionError("the flash always opens");
    }

    /** Says once why the path that opened is not the one asked for. */
    private static Opened told(Opened opened, Optional<SoundStatus> trouble, Notices notices) {
        trouble.ifPresent(status -> {
            String instead = opened.path() == SoundPath.CLIP ? "cues play through JavaFX media instead"
                    : "the window flashes at each cue instead";
            notices.tell(new Notice(Notice.Topic.SOUND, "Sound: " + status.reason() + "; " + instead + "."));
        });
        return opened;
    }

    /**
     * The gain for a volume setting, as the line player takes it: the square of the fraction, since loudness is
     * heard on a log scale.
     */
    static double gain(int volumePercent) {
        double fraction = Math.max(0, Math.min(100, volumePercent)) / 100.0;
        return fraction * fraction;
    }

    /** Notices held back while the line opens, then passed on. */
    private static final class Forwarding implements Notices {
        private volatile Notices to;

        Forwarding(Notices to) {
            this.to = to;
        }

        void to(Notices notices) {
            to = notices;
        }

        @Override
        public void tell(Notice notice) {
            to.tell(notice);
        }
    }
}
