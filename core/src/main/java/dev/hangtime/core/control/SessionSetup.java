package dev.hangtime.core.control;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;

/**
 * Readies a session that a front end is about to run: attaches its sound and journal. The controller calls it
 * once the session's screen has first been drawn (so that a sound device warming up does not keep the screen
 * blank), and before the user can start the session.
 */
@FunctionalInterface
public interface SessionSetup {

    /**
     * @param timeline what the session runs
     * @param session the session, not yet started
     * @param ticker the session's ticker
     * @param standIn what the front end does, from any thread, for a cue that cannot be heard: a flash, a bell
     * @param notices where trouble is told, from any thread
     * @return what the controller must keep in step with the session, and how to let it go
     */
    SessionServices prepare(Timeline timeline, Session session, Ticker ticker, StandIn standIn, Notices notices);

    /** Attaches nothing. */
    SessionSetup NONE = (timeline, session, ticker, standIn, notices) -> SessionServices.NONE;
}
