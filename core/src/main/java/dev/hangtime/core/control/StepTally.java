package dev.hangtime.core.control;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionListener;
import java.time.Duration;

/**
 * Counts how a session went, for the end page: which steps were completed, which skipped (as
 * {@link StepOutcomes} counts them, the journal's history alike), and how it ended.
 */
public final class StepTally implements SessionListener {

    private final StepOutcomes outcomes = new StepOutcomes();
    private boolean ended;
    private boolean completed;
    private Duration active = Duration.ZERO;

    @Override
    public void on(SessionEvent event) {
        if (event instanceof SegmentEnded) {
            SegmentEnded end = (SegmentEnded) event;
            outcomes.ended(end.segment().index(), end.completed());
        } else if (event instanceof SegmentStarted) {
            Segment segment = ((SegmentStarted) event).segment();
            outcomes.started(segment.index(), segment.step());
        } else if (event instanceof SessionEnded) {
            SessionEnded end = (SessionEnded) event;
            outcomes.sessionEnded(end.completed());
            ended = true;
            completed = end.completed();
            active = end.active();
        }
    }

    public int completedSteps() {
        return outcomes.completedSteps();
    }

    public int skippedSteps() {
        return outcomes.skippedSteps();
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
}
