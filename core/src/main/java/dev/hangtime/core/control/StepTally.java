package dev.hangtime.core.control;

import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionListener;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how a session went, for the end page: which steps were completed, which skipped, and how it ended.
 *
 * <p>A step counts by what last happened to it: going back over a completed step and skipping it the second
 * time makes it skipped. Leaving a step unfinished by going back is not skipping it, and neither is the step
 * that was running when the user stopped.
 */
public final class StepTally implements SessionListener {

    private enum Outcome { COMPLETED, SKIPPED }

    private final Map<Integer, Outcome> outcomes = new TreeMap<>();
    private int unfinished = -1;
    private boolean ended;
    private boolean completed;
    private Duration active = Duration.ZERO;

    @Override
    public void on(SessionEvent event) {
        if (event instanceof SegmentEnded) {
            SegmentEnded end = (SegmentEnded) event;
            if (end.completed()) {
                outcomes.put(end.segment().index(), Outcome.COMPLETED);
            } else {
                unfinished = end.segment().index();
            }
        } else if (event instanceof SegmentStarted) {
            int index = ((SegmentStarted) event).segment().index();
            if (unfinished >= 0 && index > unfinished) {
                outcomes.put(unfinished, Outcome.SKIPPED);
            }
            unfinished = -1;
        } else if (event instanceof SessionEnded) {
            SessionEnded end = (SessionEnded) event;
            if (end.completed() && unfinished >= 0) {
                // Skipping the last step ends the session as run through; the step itself was still skipped.
                outcomes.put(unfinished, Outcome.SKIPPED);
            }
            ended = true;
            completed = end.completed();
            active = end.active();
        }
    }

    public int completedSteps() {
        return count(Outcome.COMPLETED);
    }

    public int skippedSteps() {
        return count(Outcome.SKIPPED);
    }

    public boolean ended() {
        return ended;
    }

    /** Whether the session ran through its last step rather than being stopped. */
    public boolean completed() {
        return completed;
    }

    /** Time spent in steps, pauses left out. */
    public Duration active() {
        return active;
    }

    private int count(Outcome outcome) {
        return (int) outcomes.values().stream().filter(o -> o == outcome).count();
    }
}
