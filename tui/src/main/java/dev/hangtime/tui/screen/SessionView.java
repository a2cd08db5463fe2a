package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import java.util.List;
import java.util.Optional;

/**
 * Everything the session screen shows at one moment.
 *
 * @param routineName the routine's display name
 * @param snapshot the session as the engine sees it
 * @param shown the step on screen: the current one, or the first before the start
 * @param next the step after the one shown
 * @param sound whether cues sound; empty when there is no sound to switch
 * @param notice something the user should know, such as that the bell stands in for the sound
 * @param warnings the routine format's warnings for the routine, the inversion reminder first
 */
record SessionView(String routineName, SessionSnapshot snapshot, Optional<Segment> shown, Optional<Segment> next,
        Optional<Boolean> sound, Optional<String> notice, List<String> warnings) {

    /** A step's last seconds are counted out loud in colour: this many. */
    static final int FINAL_SECONDS = 3;

    SessionState state() {
        return snapshot.state();
    }

    /** Whether the step on screen waits for the user rather than running out. */
    boolean manual() {
        return shown.map(Segment::isManual).orElse(false);
    }

    /** The whole seconds left of a running timed step, if it is in its last few; otherwise 0. */
    long finalSecondsLeft() {
        if (state() != SessionState.RUNNING) {
            return 0;
        }
        long left = snapshot.segmentRemaining().map(DurationText::ceilSeconds).orElse(0L);
        return left <= FINAL_SECONDS ? left : 0;
    }
}
