package dev.hangtime.core.control;

import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a session screen shows at one moment, in either front end.
 *
 * @param routineName the routine's display name
 * @param snapshot the session as the engine sees it
 * @param shown the step on screen: the current one, or the first before the start
 * @param next the step after the one shown
 * @param sound where sound stands: on, off, unavailable and why, coming back; empty when there is no sound
 * @param notice something the user should know, such as that the bell stands in for the sound
 * @param warnings the routine format's warnings for the routine, the inversion reminder first
 * @param overlay what is shown over the session, if anything
 * @param painQuestion the question before the start while it is open
 * @param painBefore the score given before the start, once given
 * @param steps how many routine steps the session has, as the user counts them
 * @param overlayText what the overlay says, for an overlay whose words depend on the moment: the step's full
 *     text, why "+" asks first, a red flag
 */
public record SessionView(String routineName, SessionSnapshot snapshot, Optional<Segment> shown,
        Optional<Segment> next, Optional<SoundStatus> sound, Optional<Notice> notice, List<String> warnings,
        Overlay overlay, Optional<PainQuestion> painQuestion, OptionalInt painBefore, int steps,
        Optional<String> overlayText) {

    /** What covers the session screen. */
    public enum Overlay {
        NONE,
        /** Every key. */
        HELP,
        /** "Stop the session?" */
        CONFIRM_STOP,
        /** "How is your pain now?", before the start. */
        PAIN_BEFORE,
        /** All there is to read about the step shown: the full safety text of a short check, or the whole note. */
        DETAILS,
        /** "+" would take the step past its limit: why, and whether to add the time anyway. */
        CONFIRM_DOSE,
        /** A pain score that is a red flag: what it may mean, and when to see a doctor. */
        RED_FLAG
    }

    /** A step's last seconds are counted out loud in colour: this many. */
    public static final int FINAL_SECONDS = 3;

    public SessionView {
        warnings = List.copyOf(warnings);
    }

    public SessionState state() {
        return snapshot.state();
    }

    /** Where the session stands in the user's words: "6 steps" before the start, then "step 3 of 6". */
    public String where() {
        if (state() == SessionState.READY || shown.isEmpty()) {
            return steps == 1 ? "1 step" : steps + " steps";
        }
        return "step " + (shown.get().step() + 1) + " of " + steps;
    }

    /** Whether the step on screen waits for the user rather than running out. */
    public boolean manual() {
        return shown.map(Segment::isManual).orElse(false);
    }

    /** The whole seconds left of a running timed step, if it is in its last few; otherwise 0. */
    public long finalSecondsLeft() {
        if (state() != SessionState.RUNNING) {
            return 0;
        }
        long left = snapshot.segmentRemaining().map(DurationText::ceilSeconds).orElse(0L);
        return left <= FINAL_SECONDS ? left : 0;
    }
}
