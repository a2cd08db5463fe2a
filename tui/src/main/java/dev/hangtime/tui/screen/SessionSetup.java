package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;

/**
 * Readies a session that the full-screen app is about to run: adds the journal, the cues and whatever else
 * listens to it. The app calls it on its own thread, once the session screen has first been drawn (so that a
 * sound device warming up does not keep the screen blank) and before the user can start the session.
 */
@FunctionalInterface
public interface SessionSetup {

    /**
     * @param timeline what the session runs; its routine's id finds the library entry, for the journal
     * @param session the session, not yet started
     * @param ticker the session's ticker
     * @param screen what the screen can do for the setup, such as flash when a cue cannot be heard
     * @return what the app must keep in step with the session, and how to let it go
     */
    SessionExtras prepare(Timeline timeline, Session session, Ticker ticker, ScreenHooks screen);

    /** Adds nothing. */
    SessionSetup NONE = (timeline, session, ticker, screen) -> SessionExtras.none();
}
