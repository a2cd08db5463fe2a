package dev.hangtime.tui.run;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.session.SessionEvent.TimeAway;
import dev.hangtime.core.session.SessionListener;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.TimeAwayText;
import dev.hangtime.core.text.Wrap;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Prints a session for people, a line per event, each stamped with the time since the start ({@code --plain}). */
public final class PlainPrinter implements SessionListener {

    /** Notes are indented under their step, past the "[0:00:00] " stamp. */
    private static final String INDENT = "          ";
    /** Notes are wrapped to fit a classic 80-column terminal. */
    private static final int WIDTH = 80 - INDENT.length();

    private final PrintStream out;
    private final String routineName;
    private final Map<Integer, String> shortNotes;
    /** The note printed last: a step's lead-in, sets and reps share one note, which is printed once. */
    private String lastNote;

    public PlainPrinter(PrintStream out, String routineName) {
        this(out, routineName, Map.of());
    }

    /**
     * @param shortNotes by segment index, what a step said in short prints instead of its note (the safety check
     *     once the safety screen is answered; {@code i} prints the note in full)
     */
    public PlainPrinter(PrintStream out, String routineName, Map<Integer, String> shortNotes) {
        this.out = out;
        this.routineName = routineName;
        this.shortNotes = Map.copyOf(shortNotes);
    }

    @Override
    public void on(SessionEvent event) {
        String text = text(event);
        if (text != null) {
            out.println("[" + DurationText.stamp(event.at()) + "] " + text);
            if (event instanceof SegmentStarted) {
                Segment segment = ((SegmentStarted) event).segment();
                Optional.ofNullable(shortNotes.get(segment.index())).or(segment::note)
                        .filter(note -> !note.equals(lastNote)).ifPresent(this::printNote);
            }
            out.flush();
        }
    }

    /** Prints {@code note} as a step's note is printed: wrapped, and indented under the step. */
    public void printNote(String note) {
        lastNote = note;
        for (String line : Wrap.lines(SafeText.block(note), WIDTH, Integer.MAX_VALUE)) {
            out.println(line.isEmpty() ? "" : INDENT + line);
        }
    }

    private String text(SessionEvent event) {
        if (event instanceof SessionStarted) {
            SessionStarted e = (SessionStarted) event;
            return "Starting " + SafeText.line(routineName) + ": " + e.steps() + (e.steps() == 1 ? " step, " : " steps, ")
                    + DurationText.of(e.total()) + ".";
        } else if (event instanceof SegmentStarted) {
            return started(((SegmentStarted) event).segment());
        } else if (event instanceof Countdown) {
            return ((Countdown) event).n() + "…";
        } else if (event instanceof Halfway) {
            return "Halfway.";
        } else if (event instanceof SwitchSides) {
            return "Switch sides.";
        } else if (event instanceof ReminderDue) {
            return ((ReminderDue) event).reason() == Reminder.Reason.OSCILLATE ? "Rock in or out."
                    : "Check the skin under the pack.";
        } else if (event instanceof Paused) {
            return "Paused. Type p and Enter to go on.";
        } else if (event instanceof Resumed) {
            return "Going on.";
        } else if (event instanceof TimeAdded) {
            TimeAdded e = (TimeAdded) event;
            return "+" + DurationText.of(e.added()) + ": " + SafeText.line(e.segment().title()) + " now lasts "
                    + DurationText.of(e.segment().length().orElse(Duration.ZERO)) + ".";
        } else if (event instanceof TimeAway) {
            return TimeAwayText.of((TimeAway) event);
        } else if (event instanceof SessionEnded) {
            SessionEnded e = (SessionEnded) event;
            return e.completed() ? "Done. " + DurationText.of(e.active()) + " in total."
                    : "Stopped. " + DurationText.of(e.active()) + " done.";
        }
        return null;
    }

    private static String started(Segment segment) {
        String title = SafeText.line(segment.title());
        return segment.length().map(length -> title + " — " + DurationText.of(length))
                .orElse(title + " — press Enter when done");
    }
}
