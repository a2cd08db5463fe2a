package dev.hangtime.routines.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangtime.routines.journal.JournalLine.Continued;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.PlanStarted;
import dev.hangtime.routines.journal.JournalLine.PlanStopped;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.Safety;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import dev.hangtime.routines.journal.JournalLine.TimeAway;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes journal lines as JSON text, one object per line; {@code docs/journal.md} describes the fields. */
final class LineWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private LineWriter() {
    }

    /** The line as one JSON object, without the line break. */
    static String write(JournalLine line) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("v", version(line));
            json.writeStringField("type", line.type());
            json.writeStringField("session", line.session().toString());
            json.writeStringField("wall", wall(line.wall()));
            fields(line, json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The earliest version of the format that has the line's type: what an older reader needs to read it. */
    private static int version(JournalLine line) {
        return line instanceof Safety || line instanceof PlanStarted || line instanceof PlanStopped ? 2 : 1;
    }

    private static void fields(JournalLine line, JsonGenerator json) throws IOException {
        if (line instanceof Started) {
            Started l = (Started) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeObjectFieldStart("routine");
            json.writeStringField("id", l.routine().id());
            json.writeStringField("name", l.routine().name());
            json.writeStringField("hash", l.routine().hash());
            if (l.routine().file().isPresent()) {
                json.writeStringField("file", l.routine().file().get());
            }
            json.writeEndObject();
            json.writeNumberField("segments", l.segments());
            json.writeNumberField("steps", l.steps());
            seconds(json, "planned", l.planned());
            if (l.painBefore().isPresent()) {
                json.writeNumberField("painBefore", l.painBefore().getAsInt());
            }
            process(json, l.process());
            if (l.plan().isPresent()) {
                PlanTag plan = l.plan().get();
                json.writeStringField("plan", plan.plan());
                json.writeNumberField("planWeek", plan.week());
                json.writeNumberField("planDay", plan.day());
            }
        } else if (line instanceof SegmentBegan) {
            SegmentBegan l = (SegmentBegan) line;
            seconds(json, "t", l.t());
            place(json, l.place());
            if (l.length().isPresent()) {
                seconds(json, "length", l.length().get());
            } else {
                json.writeNullField("length");
            }
        } else if (line instanceof SegmentEnded) {
            SegmentEnded l = (SegmentEnded) line;
            seconds(json, "t", l.t());
            place(json, l.place());
            json.writeBooleanField("completed", l.completed());
            seconds(json, "spent", l.spent());
            if (l.cut()) {
                json.writeBooleanField("cut", true);
            }
        } else if (line instanceof Paused) {
            Paused l = (Paused) line;
            progress(json, l.t(), l.index(), l.spent());
        } else if (line instanceof Resumed) {
            Resumed l = (Resumed) line;
            progress(json, l.t(), l.index(), l.spent());
        } else if (line instanceof Mark) {
            Mark l = (Mark) line;
            progress(json, l.t(), l.index(), l.spent());
        } else if (line instanceof TimeAdded) {
            TimeAdded l = (TimeAdded) line;
            seconds(json, "t", l.t());
            json.writeNumberField("index", l.index());
            seconds(json, "added", l.added());
            seconds(json, "length", l.length());
        } else if (line instanceof TimeAway) {
            TimeAway l = (TimeAway) line;
            seconds(json, "t", l.t());
            json.writeNumberField("index", l.index());
            seconds(json, "away", l.away());
            seconds(json, "spent", l.spent());
        } else if (line instanceof Ended) {
            Ended l = (Ended) line;
            json.writeStringField("zone", l.zone().getId());
            seconds(json, "t", l.t());
            json.writeStringField("how", l.how().word());
            seconds(json, "active", l.active());
        } else if (line instanceof Continued) {
            Continued l = (Continued) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeNumberField("index", l.index());
            seconds(json, "already", l.already());
            seconds(json, "down", l.down());
            if (l.packStayedOn().isPresent()) {
                json.writeBooleanField("packStayedOn", l.packStayedOn().get());
            }
            if (l.credit().isPresent()) {
                Credit credit = l.credit().get();
                json.writeObjectFieldStart("credit");
                place(json, credit.place());
                seconds(json, "spent", credit.spent());
                json.writeBooleanField("completed", credit.completed());
                json.writeEndObject();
            }
            process(json, l.process());
        } else if (line instanceof Pain) {
            Pain l = (Pain) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeBooleanField("afterSession", l.afterSession());
            if (l.score().isPresent()) {
                json.writeNumberField("score", l.score().getAsInt());
            }
            if (l.note().isPresent()) {
                json.writeStringField("note", l.note().get());
            }
        } else if (line instanceof Repaired) {
            json.writeNumberField("bytes", ((Repaired) line).bytes());
        } else if (line instanceof Safety) {
            Safety l = (Safety) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeNumberField("list", l.list());
            json.writeStringField("answer", l.answer());
        } else if (line instanceof PlanStarted) {
            PlanStarted l = (PlanStarted) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeStringField("plan", l.plan());
        } else if (line instanceof PlanStopped) {
            PlanStopped l = (PlanStopped) line;
            json.writeStringField("zone", l.zone().getId());
            json.writeStringField("plan", l.plan());
        } else {
            throw new AssertionError(line);
        }
    }

    private static void progress(JsonGenerator json, Duration t, int index, Duration spent) throws IOException {
        seconds(json, "t", t);
        json.writeNumberField("index", index);
        seconds(json, "spent", spent);
    }

    private static void place(JsonGenerator json, Place place) throws IOException {
        json.writeNumberField("index", place.index());
        json.writeNumberField("step", place.step());
        json.writeStringField("kind", place.kind().word());
        json.writeStringField("title", place.title());
    }

    private static void process(JsonGenerator json, ProcessRef process) throws IOException {
        json.writeNumberField("pid", process.pid());
        if (process.started().isPresent()) {
            json.writeStringField("pidStarted", process.started().get().toString());
        }
    }

    /** Seconds to the millisecond, with no trailing zeros: 60, 12.5, 0.004. */
    private static void seconds(JsonGenerator json, String field, Duration d) throws IOException {
        long millis = d.toMillis();
        json.writeFieldName(field);
        if (millis % 1000 == 0) {
            json.writeNumber(millis / 1000);
        } else {
            json.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros());
        }
    }

    /** To the millisecond, with the offset: 2026-03-02T07:30:00.125+01:00. */
    static String wall(OffsetDateTime wall) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(wall.truncatedTo(ChronoUnit.MILLIS));
    }
}
