package dev.hangtime.core.session;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import java.time.Duration;

/**
 * Something that happened in a session. Every event carries {@code at}, the time since the session started
 * as read from the session's ticker, pauses included.
 */
public sealed interface SessionEvent {

    /** Time since the session started, pauses included. */
    Duration at();

    /**
     * The session began: {@code segments} segments in {@code steps} routine steps; {@code total} is the planned
     * length of its timed segments.
     */
    record SessionStarted(Duration at, int segments, int steps, Duration total) implements SessionEvent {
    }

    /** A segment began. A manual segment now waits for the user. */
    record SegmentStarted(Duration at, Segment segment) implements SessionEvent {
    }

    /** The second side of a set begins: switch sides. Follows the segment's {@link SegmentStarted}. */
    record SwitchSides(Duration at, Segment segment) implements SessionEvent {
    }

    /** {@code n} seconds of the segment are left. */
    record Countdown(Duration at, Segment segment, int n) implements SessionEvent {
    }

    /** Half of the segment has run. */
    record Halfway(Duration at, Segment segment) implements SessionEvent {
    }

    /** The {@code n}th period of a segment's reminder has passed: rock in or out, or check the skin. */
    record ReminderDue(Duration at, Segment segment, Reminder.Reason reason, int n) implements SessionEvent {
    }

    /** Time stopped. */
    record Paused(Duration at) implements SessionEvent {
    }

    /** Time runs again. */
    record Resumed(Duration at) implements SessionEvent {
    }

    /** The user lengthened the current segment by {@code added}; {@code segment} has its new length. */
    record TimeAdded(Duration at, Segment segment, Duration added) implements SessionEvent {
    }

    /**
     * Time went by that the session did not see run: the computer slept (its wall clock moved on while the
     * monotonic clock stood still), or the process was stopped or held up (it looked again far past the moment
     * something was due). Told at once, before what follows from it. In a heat or ice segment the time away
     * counts as on the skin: {@code spent} is how long the pack has now been on, and the segment ends at once if
     * that is its length or more. Any other segment pauses, with the time away not counted: {@code spent} is the
     * time done in it, and a {@link Paused} follows.
     *
     * @param away how long the session did not see run
     * @param spent the segment's active time now, as the session counts it
     */
    record TimeAway(Duration at, Segment segment, Duration away, Duration spent) implements SessionEvent {

        /** Whether the time away counted as on the skin: a heat or ice segment's. */
        public boolean countsOnSkin() {
            return countsOnSkin(segment);
        }

        /** Whether time away counts in {@code segment}: heat and ice, whose pack stays on whatever happens. */
        public static boolean countsOnSkin(Segment segment) {
            return segment.kind() == SegmentKind.HEAT
                    || segment.kind() == SegmentKind.ICE;
        }
    }

    /**
     * A segment ended: completed when it ran to its end or the user said done, not when it was skipped, gone
     * back over or stopped. {@code spent} is the active time it ran, pauses excluded.
     */
    record SegmentEnded(Duration at, Segment segment, boolean completed, Duration spent) implements SessionEvent {
    }

    /**
     * The session ended: completed when it ran through its last segment, not when the user stopped it.
     * {@code active} is the sum of every segment's {@code spent}.
     */
    record SessionEnded(Duration at, boolean completed, Duration active) implements SessionEvent {
    }
}
