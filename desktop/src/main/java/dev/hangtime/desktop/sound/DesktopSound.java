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
import dev.hangtime.routines.sound.Espeak;
import dev.hangtime.routines.sound.SystemSound;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sound of one session in the window: the same palette as the terminal app, through the first path that
 * opens. The javax.sound line player comes first, since it alone heard every cue on time (docs/desktop.md);
 * javafx-media's AudioClip when the line cannot open; a flash of the window when nothing can sound. A fall back
 * is told once, and the session goes on either way.
 */
public final class DesktopSound implements AutoCloseable {

    /** How long a session waits at its start for the line to be ready, so that the first cue is heard. */
    static final Duration WARM_UP = Duration.ofSeconds(1);

    /** The line player's own fallback, worded for a terminal: "…; cues will ring the terminal bell instead." */
    private static final Pattern BELL = Pattern.compile("^Sound: (.*); cues will ring the terminal bell (.*)$");

    private final CuePlayer player;
    private final SessionCues cues;
    private final SoundPath path;

    private DesktopSound(CuePlayer player, SessionCues cues, SoundPath path) {
        this.player = player;
        this.cues = cues;
        this.path = path;
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
        Notices worded = forTheWindow(notices);
        CuePlayer player;
        SoundPath path;
        if (settings.mute()) {
            player = SystemSound.lazy(settings.volume(), worded, flash);
            path = SoundPath.LINE;
        } else {
            Opened opened = open(first, settings.volume(), worded, flash);
            player = opened.player();
            path = opened.path();
        }
        SessionCues cues = SessionCues.attach(session, ticker, speed, player);
        cues.setMuted(settings.mute());
        if (settings.voice()) {
            Espeak.find().ifPresentOrElse(cues::speak,
                    () -> notices.tell(new Notice(Notice.Topic.SOUND, Espeak.UNAVAILABLE)));
        }
        return new DesktopSound(player, cues, path);
    }

    public SessionCues cues() {
        return cues;
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

    /** A player and the path it plays through. */
    record Opened(CuePlayer player, SoundPath path) {
    }

    /** The first path from {@code first} on that opens; the flash always does. */
    static Opened open(SoundPath first, int volumePercent, Notices notices, StandIn flash) {
        String trouble = "";
        for (SoundPath path : SoundPath.values()) {
            if (path.ordinal() < first.ordinal()) {
                continue;
            }
            switch (path) {
                case LINE: {
                    List<Notice> held = new CopyOnWriteArrayList<>();
                    Forwarding forwarding = new Forwarding(held::add);
                    SystemSound line = SystemSound.open(volumePercent, forwarding, flash);
                    line.awaitReady(WARM_UP);
                    if (line.status().state() != SoundStatus.State.UNAVAILABLE) {
                        forwarding.to(notices);
                        held.forEach(notices::tell);
                        return told(new Opened(line, path), trouble, notices);
                    }
                    line.close();
                    trouble = held.isEmpty() ? "the sound output cannot open" : reason(held.get(0).message());
                    break;
                }
                case CLIP:
                    try {
                        return told(new Opened(ClipPlayer.open(gain(volumePercent)), path), trouble, notices);
                    } catch (IOException | RuntimeException e) {
                        trouble = trouble.isEmpty() ? "JavaFX " + e.getMessage() : trouble;
                    }
                    break;
                default:
                    return told(new Opened(new FlashPlayer(flash.signal()), SoundPath.FLASH), trouble, notices);
            }
        }
        throw new AssertionError("the flash always opens");
    }

    /** Says once why the path that opened is not the one asked for. */
    private static Opened told(Opened opened, String trouble, Notices notices) {
        if (!trouble.isEmpty()) {
            String instead = opened.path() == SoundPath.CLIP ? "cues play through JavaFX media instead"
                    : "the window flashes at each cue instead";
            notices.tell(new Notice(Notice.Topic.SOUND, "Sound: " + trouble + "; " + instead + "."));
        }
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

    /** The reason in the line player's notice, without what it does instead. */
    static String reason(String message) {
        Matcher m = BELL.matcher(message);
        return m.matches() ? m.group(1) : message;
    }

    /** The line player's notices, with the window's stand-in in place of the terminal bell. */
    static Notices forTheWindow(Notices notices) {
        return notice -> {
            Matcher m = BELL.matcher(notice.message());
            notices.tell(m.matches() ? new Notice(notice.topic(), "Sound: " + m.group(1)
                    + "; the window will flash at each cue " + m.group(2)) : notice);
        };
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
