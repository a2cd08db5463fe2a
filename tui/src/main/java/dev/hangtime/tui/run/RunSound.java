package dev.hangtime.tui.run;

import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.Espeak;
import dev.hangtime.tui.sound.TerminalSound;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

/** The sound of one run of a session: the terminal's player and the session's cues, set up from the settings. */
public final class RunSound implements AutoCloseable {

    /** How long a session waits at its start for the sound device to be ready, so the first cue is heard. */
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private final TerminalSound sound;
    private final SessionCues cues;

    private RunSound(TerminalSound sound, SessionCues cues) {
        this.sound = sound;
        this.cues = cues;
    }

    /**
     * Attaches sound to {@code session}; call before adding any other listener, so that nothing delays the
     * cues. Muted (by {@code --mute} or the settings), it opens no device until sound is switched on.
     * Problems with the device are told once on {@code err}, after which the terminal bell stands in.
     */
    public static RunSound attach(Session session, Ticker ticker, int speed, Settings settings, boolean mute,
            PrintStream err, CueListener listener) {
        return attach(session, ticker, speed, settings, mute, err::println, TerminalSound.terminalBell(err), listener);
    }

    /**
     * Like {@link #attach(Session, Ticker, int, Settings, boolean, PrintStream, CueListener)}, for a front end
     * that owns the screen: problems go to {@code warn}, and {@code ring} stands in for a cue not heard.
     */
    public static RunSound attach(Session session, Ticker ticker, int speed, Settings settings, boolean mute,
            Consumer<String> warn, Runnable ring, CueListener listener) {
        boolean muted = mute || settings.mute();
        TerminalSound sound = muted
                ? TerminalSound.lazy(settings.volume(), warn, ring)
                : TerminalSound.open(settings.volume(), warn, ring);
        SessionCues cues = SessionCues.attach(session, ticker, speed, sound);
        cues.setMuted(muted);
        cues.addCueListener(listener);
        if (settings.voice()) {
            Espeak.find().ifPresentOrElse(cues::speak, () -> warn.accept("hangtime: " + Espeak.UNAVAILABLE));
        }
        if (!muted) {
            sound.awaitReady(WARM_UP);
        }
        return new RunSound(sound, cues);
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
