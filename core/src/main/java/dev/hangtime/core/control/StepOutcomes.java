package dev.hangtime.core.control;

import java.util.BitSet;

/**
 * Which steps of a session were completed and which skipped, from where the session went: the one rule behind
 * the end page and the journal's history, so that both count alike.
 *
 * <p>A step counts by what last happened to it. Leaving it forwards with every segment of this pass run to its
 * end or said done completes it; leaving it forwards after any of them was skipped skips it. Going back out of a
 * step is neither, and neither is the step the session was stopped in. Feed it each segment's start and end in
 * order; it holds two bits a step, so a reader can keep one for every session of a large journal.
 */
public final class StepOutcomes {

    private final BitSet completed = new BitSet();
    private final BitSet skipped = new BitSet();
    /** The step being run, and whether a segment of it was skipped in this pass; -1 before the first. */
    private int current = -1;
    private boolean currentSkipped;
    /** The segment that last ended unfinished, until the next start says whether it was skipped; -1 if none. */
    private int unfinished = -1;

    /** Segment {@code segment}, of step {@code step}, began. */
    public void started(int segment, int step) {
        if (unfinished >= 0 && segment > unfinished) {
            currentSkipped = true;
        }
        unfinished = -1;
        if (step != current) {
            if (current >= 0 && step > current) {
                record(current, currentSkipped);
            }
            current = step;
            currentSkipped = false;
        }
    }

    /** Segment {@code segment} ended: run to its end or said done when {@code done}, otherwise left unfinished. */
    public void ended(int segment, boolean done) {
        unfinished = done ? -1 : segment;
    }

    /** The session ended; {@code ranThrough} when it went past its last segment, not when it was stopped. */
    public void sessionEnded(boolean ranThrough) {
        if (ranThrough && current >= 0) {
            // Skipping the last segment ends the session as run through; its step was still skipped.
            record(current, currentSkipped || unfinished >= 0);
        }
        current = -1;
        unfinished = -1;
    }

    public int completedSteps() {
        return completed.cardinality();
    }

    public int skippedSteps() {
        return skipped.cardinality();
    }

    private void record(int step, boolean wasSkipped) {
        (wasSkipped ? skipped : completed).set(step);
        (wasSkipped ? completed : skipped).clear(step);
    }
}
