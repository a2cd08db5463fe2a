package dev.hangtime.core.cue;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import java.time.Duration;
import java.util.Optional;

/**
 * Which cue, if any, sounds for a session event.
 *
 * <p>One moment has one sound: two tones at once blur into neither. So a segment's start sounds its kind,
 * unless it switches sides (switch sides) or waits for the user (waiting); a halfway that falls on a
 * countdown pip gives way to the pip, and a reminder gives way to a pip or to halfway.
 */
final class CueMap {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private CueMap() {
    }

    static Optional<Cue> cueFor(SessionEvent event) {
        if (event instanceof SegmentStarted) {
            return Optional.of(start(((SegmentStarted) event).segment()));
        } else if (event instanceof Countdown) {
            return Optional.of(Cue.COUNTDOWN);
        } else if (event instanceof Halfway) {
            Segment segment = ((Halfway) event).segment();
            return onPip(segment, halfway(segment)) ? Optional.empty() : Optional.of(Cue.HALFWAY);
        } else if (event instanceof ReminderDue) {
            return reminder((ReminderDue) event);
        } else if (event instanceof SessionEnded) {
            return ((SessionEnded) event).completed() ? Optional.of(Cue.COMPLETE) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Cue start(Segment segment) {
        if (segment.switchesSides()) {
            return Cue.SWITCH_SIDES;
        }
        return segment.isManual() ? Cue.WAITING : Cue.startOf(segment.kind());
    }

    private static Optional<Cue> reminder(ReminderDue due) {
        Segment segment = due.segment();
        long offset = due.n() * segment.reminder().orElseThrow().every().toNanos();
        boolean onHalfway = segment.halfway() && length(segment) >= 2 * SECOND && offset == halfway(segment);
        if (onHalfway || onPip(segment, offset)) {
            return Optional.empty();
        }
        return Optional.of(due.reason() == Reminder.Reason.OSCILLATE ? Cue.OSCILLATE : Cue.CHECK_SKIN);
    }

    /** Whether a countdown pip of {@code segment} falls {@code offset} after its start. */
    private static boolean onPip(Segment segment, long offset) {
        long length = length(segment);
        for (int n = 1; n <= segment.countdown(); n++) {
            if (n * SECOND < length && length - n * SECOND == offset) {
                return true;
            }
        }
        return false;
    }

    private static long halfway(Segment segment) {
        return length(segment) / 2;
    }

    private static long length(Segment segment) {
        return segment.length().map(Duration::toNanos).orElse(0L);
    }
}
