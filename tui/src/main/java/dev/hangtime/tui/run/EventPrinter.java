package dev.hangtime.tui.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.session.SessionEvent.TimeAway;
import dev.hangtime.core.session.SessionListener;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.tui.json.SegmentJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;

/** Prints each session event as one JSON object on a line of its own ({@code run --events}), flushed at once. */
public final class EventPrinter implements SessionListener {

    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream out;

    // Guarded by this: whether session-start is printed; the sound status a script knows (null until the
    // first is told), and the one told before the start, held until then.
    private boolean started;
    private SoundStatus soundKnown;
    private SoundStatus soundHeld;

    public EventPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void on(SessionEvent event) {
        if (event instanceof SessionStarted) {
            synchronized (this) {
                print(event.at(), name(event), json -> fields(event, json));
                started = true;
                if (soundHeld != null) {
                    printSound(soundHeld, Duration.ZERO);
                    soundHeld = null;
                }
            }
            return;
        }
        print(event.at(), name(event), json -> fields(event, json));
    }

    /**
     * Prints a {@code sound} event when the sound status changes, {@code at} into the session; from any
     * thread. The first status told is where sound stands at the start, printed only if it is not the usual
     * (on, or muted as asked), so that a script hears of sound only when there is something to know. What is
     * told before the session starts waits, and is printed right after {@code session-start}.
     */
    public synchronized void sound(SoundStatus status, Duration at) {
        if (started) {
            printSound(status, at);
        } else {
            soundHeld = status;
        }
    }

    private void printSound(SoundStatus status, Duration at) {
        boolean first = soundKnown == null;
        if (first ? usual(status) : status.equals(soundKnown)) {
            soundKnown = status;
            return;
        }
        soundKnown = status;
        print(at, "sound", json -> {
            json.writeStringField("state", status.state().word());
            if (!status.reason().isEmpty()) {
                json.writeStringField("reason", status.reason());
            }
        });
    }

    private static boolean usual(SoundStatus status) {
        return status.state() == SoundStatus.State.ON || status.state() == SoundStatus.State.MUTED;
    }

    /** Prints a {@code cue} event: a sound was played at {@code at}. */
    public void cue(Duration at, String name) {
        print(at, "cue", json -> json.writeStringField("name", name));
    }

    private void print(Duration at, String name, Fields fields) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeFieldName("t");
            json.writeNumber(seconds(at));
            json.writeStringField("event", name);
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(line);
        out.flush();
    }

    /** Seconds with millisecond precision, as cli.md shows: 70.004. */
    static BigDecimal seconds(Duration at) {
        return BigDecimal.valueOf(at.toMillis(), 3);
    }

    private static String name(SessionEvent event) {
        if (event instanceof SessionStarted) {
            return "session-start";
        } else if (event instanceof SegmentStarted) {
            return "segment-start";
        } else if (event instanceof Countdown) {
            return "countdown";
        } else if (event instanceof Halfway) {
            return "halfway";
        } else if (event instanceof SwitchSides) {
            return "switch-sides";
        } else if (event instanceof ReminderDue) {
            return "reminder";
        } else if (event instanceof Paused) {
            return "paused";
        } else if (event instanceof Resumed) {
            return "resumed";
        } else if (event instanceof TimeAdded) {
            return "time-added";
        } else if (event instanceof TimeAway) {
            return "time-away";
        } else if (event instanceof SegmentEnded) {
            return "segment-end";
        } else if (event instanceof SessionEnded) {
            return "session-end";
        }
        throw new AssertionError(event);
    }

    private static void fields(SessionEvent event, JsonGenerator json) throws IOException {
        if (event instanceof SessionStarted) {
            SessionStarted e = (SessionStarted) event;
            json.writeNumberField("segments", e.segments());
            json.writeNumberField("totalSeconds", e.total().toSeconds());
        } else if (event instanceof SegmentStarted) {
            SegmentStarted e = (SegmentStarted) event;
            SegmentJson.writeHead(json, e.segment());
            SegmentJson.writeTail(json, e.segment());
        } else if (event instanceof Countdown) {
            Countdown e = (Countdown) event;
            json.writeNumberField("index", e.segment().index());
            json.writeNumberField("n", e.n());
        } else if (event instanceof Halfway) {
            json.writeNumberField("index", ((Halfway) event).segment().index());
        } else if (event instanceof SwitchSides) {
            SwitchSides e = (SwitchSides) event;
            json.writeNumberField("index", e.segment().index());
            json.writeStringField("side", e.segment().side().map(s -> s.word()).orElse(null));
        } else if (event instanceof ReminderDue) {
            ReminderDue e = (ReminderDue) event;
            json.writeNumberField("index", e.segment().index());
            json.writeStringField("reason", e.reason().word());
            json.writeNumberField("n", e.n());
        } else if (event instanceof TimeAdded) {
            TimeAdded e = (TimeAdded) event;
            json.writeNumberField("index", e.segment().index());
            json.writeNumberField("added", e.added().toSeconds());
            json.writeNumberField("seconds", e.segment().length().orElseThrow().toSeconds());
        } else if (event instanceof TimeAway) {
            TimeAway e = (TimeAway) event;
            json.writeNumberField("index", e.segment().index());
            json.writeNumberField("away", seconds(e.away()));
            json.writeNumberField("spent", seconds(e.spent()));
            json.writeBooleanField("onSkin", e.countsOnSkin());
        } else if (event instanceof SegmentEnded) {
            SegmentEnded e = (SegmentEnded) event;
            json.writeNumberField("index", e.segment().index());
            json.writeBooleanField("completed", e.completed());
            json.writeNumberField("spent", seconds(e.spent()));
        } else if (event instanceof SessionEnded) {
            SessionEnded e = (SessionEnded) event;
            json.writeBooleanField("completed", e.completed());
            json.writeNumberField("activeSeconds", seconds(e.active()));
        }
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }
}
