package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.settings.Settings;

/**
 * Attaches a session's sound: the first thing attached to a session, so that nothing delays its cues. Each
 * front end has one; what it was made with (the settings, a muted start, the path to try first) it keeps.
 */
@FunctionalInterface
public interface CueSoundFactory {

    /**
     * @param speed how many times faster than real time the session runs
     * @param standIn what stands in for a cue that cannot be heard
     * @param notices told when sound stops and when it is back
     */
    CueSound attach(Session session, Ticker ticker, int speed, StandIn standIn, Notices notices);

    /** The shared line player, set up from {@code settings}, muted at the start when {@code mute} says so. */
    static CueSoundFactory line(Settings settings, boolean mute) {
        return (session, ticker, speed, standIn, notices) -> SessionSound.attach(session, ticker, speed, settings,
                mute, notices, standIn, (cue, at) -> { });
    }
}
