package dev.hangtime.core.session;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A moment inside a timed segment when a cue is due: a countdown second, halfway, or a reminder.
 *
 * @param offsetNanos time from the segment's start
 */
record CuePoint(long offsetNanos, Type type, int n) {

    enum Type { REMINDER, HALFWAY, COUNTDOWN }

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    /**
     * The cue points of {@code segment} given its current length, in the order they are due. Nothing is due
     * at the very start (the segment's start is its own cue) or at the end (the next segment's start is).
     */
    static List<CuePoint> of(Segment segment) {
        List<CuePoint> points = new ArrayList<>();
        if (segment.isManual()) {
            return points;
        }
        long length = segment.length().get().toNanos();
        segment.reminder().ifPresent(reminder -> {
            long every = reminder.every().toNanos();
            for (int k = 1; (long) k * every < length; k++) {
                points.add(new CuePoint(k * every, Type.REMINDER, k));
            }
        });
        if (segment.halfway() && length >= 2 * SECOND) {
            points.add(new CuePoint(length / 2, Type.HALFWAY, 0));
        }
        for (int n = segment.countdown(); n >= 1; n--) {
            if (n * SECOND < length) {
                points.add(new CuePoint(length - n * SECOND, Type.COUNTDOWN, n));
            }
        }
        // Stable: at equal offsets a reminder comes before halfway, and halfway before a countdown pip.
        points.sort(Comparator.comparingLong(CuePoint::offsetNanos));
        return points;
    }

    SessionEvent event(Duration at, Segment segment) {
        switch (type) {
            case REMINDER:
                return new SessionEvent.ReminderDue(at, segment, segment.reminder().map(Reminder::reason).orElseThrow(), n);
            case HALFWAY:
                return new SessionEvent.Halfway(at, segment);
            case COUNTDOWN:
                return new SessionEvent.Countdown(at, segment, n);
            default:
                throw new AssertionError(type);
        }
    }
}
