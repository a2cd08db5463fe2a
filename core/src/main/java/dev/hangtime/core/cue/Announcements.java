package dev.hangtime.core.cue;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What is said aloud after a cue's tone, when the voice is on. */
final class Announcements {

    private Announcements() {
    }

    /**
     * The words for {@code event}, such as "Inversion 30 degrees, 1 minute"; {@code before} is the segment
     * that ran until then, so that leaving the table says "come up slowly".
     */
    static Optional<String> textFor(SessionEvent event, Optional<Segment> before) {
        if (event instanceof SegmentStarted) {
            Segment segment = ((SegmentStarted) event).segment();
            return Optional.of(comingUp(before, segment.kind()) + start(segment));
        } else if (event instanceof Halfway) {
            return Optional.of("Halfway");
        } else if (event instanceof ReminderDue) {
            return Optional.of(((ReminderDue) event).reason() == Reminder.Reason.OSCILLATE ? "Rock gently"
                    : "Check your skin");
        } else if (event instanceof SessionEnded && ((SessionEnded) event).completed()) {
            return Optional.of(comingUp(before, null) + "Session complete");
        }
        return Optional.empty();
    }

    private static String comingUp(Optional<Segment> before, SegmentKind next) {
        boolean leavesTable = before.map(s -> s.kind() == SegmentKind.INVERSION).orElse(false)
                && next != SegmentKind.INVERSION;
        return leavesTable ? "Come up slowly. " : "";
    }

    private static String start(Segment segment) {
        // A switch gap is labelled "Switch sides" already: said once is enough.
        boolean saysSwitch = segment.switchesSides() && !segment.label().startsWith("Switch sides");
        String title = (saysSwitch ? "Switch sides. " : "") + spoken(segment.title());
        return segment.length().map(length -> title + ", " + spoken(length))
                .orElse(title + ". Press Enter when done.");
    }

    /** A title as it should be read: "Bird-dog — left, set 2/3" becomes "Bird-dog, left, set 2 of 3". */
    static String spoken(String title) {
        return title.replace("°", " degrees").replace(" — ", ", ").replace("/", " of ");
    }

    /** A length in words a speech engine reads well: "1 minute 30 seconds". */
    static String spoken(Duration length) {
        List<String> parts = new ArrayList<>();
        unit(parts, length.toHours(), "hour");
        unit(parts, length.toMinutesPart(), "minute");
        unit(parts, length.toSecondsPart(), "second");
        return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
    }

    private static void unit(List<String> parts, long n, String word) {
        if (n > 0) {
            parts.add(n + " " + word + (n == 1 ? "" : "s"));
        }
    }
}
