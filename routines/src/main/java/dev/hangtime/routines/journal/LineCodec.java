package dev.hangtime.routines.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Continued;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Turns journal lines into JSON text and back; {@code docs/journal.md} describes the fields. */
final class LineCodec {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LineCodec() {
    }

    /** Why a line could not be read. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        /** Whether the line is from a later version of the format, rather than broken. */
        final boolean newer;

        Unreadable(String message, boolean newer) {
            super(message, null, false, false);
            this.newer = newer;
        }
    }

    // ---- writing ----

    /** The line as one JSON object, without the line break. */
    static String write(JournalLine line) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("v", JournalLine.VERSION);
            json.writeStringField("type", type(line));
            json.writeStringField("session", line.session().toString());
            json.writeStringField("wall", wall(line.wall()));
            fields(line, json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String type(JournalLine line) {
        if (line instanceof Started) {
            return "session-start";
        } else if (line instanceof SegmentBegan) {
            return "segment-start";
        } else if (line instanceof SegmentEnded) {
            return "segment-end";
        } else if (line instanceof Paused) {
            return "paused";
        } else if (line instanceof Resumed) {
            return "resumed";
        } else if (line instanceof TimeAdded) {
            return "time-added";
        } else if (line instanceof Mark) {
            return "mark";
        } else if (line instanceof Ended) {
            return "session-end";
        } else if (line instanceof Continued) {
            return "session-continue";
        } else if (line instanceof Pain) {
            return "pain";
        } else if (line instanceof Repaired) {
            return "repaired";
        }
        throw new AssertionError(line);
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
            seconds(json, "planned", l.planned());
            if (l.painBefore().isPresent()) {
                json.writeNumberField("painBefore", l.painBefore().getAsInt());
            }
            process(json, l.process());
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

    // ---- reading ----

    /** The line {@code text} holds. */
    static JournalLine read(String text) throws Unreadable {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Unreadable("not a complete JSON object", false);
        }
        if (node == null || !node.isObject()) {
            throw new Unreadable("not a JSON object", false);
        }
        Fields f = new Fields(node);
        int version = f.integer("v");
        if (version > JournalLine.VERSION) {
            throw new Unreadable("written by a later version of Hangtime (format " + version + ")", true);
        }
        if (version < 1) {
            throw new Unreadable("format version " + version + " does not exist", false);
        }
        String type = f.text("type");
        UUID session = f.uuid("session");
        OffsetDateTime wall = f.wall("wall");
        switch (type) {
            case "session-start": {
                Fields routine = f.object("routine");
                return new Started(session, wall, f.zone("zone"), new RoutineRef(routine.text("id"),
                        routine.text("name"), routine.text("hash"), routine.optionalText("file")),
                        f.integer("segments"), f.seconds("planned"), f.optionalInteger("painBefore"), f.process());
            }
            case "segment-start":
                return new SegmentBegan(session, wall, f.seconds("t"), f.place(),
                        f.isNull("length") ? Optional.empty() : Optional.of(f.seconds("length")));
            case "segment-end":
                return new SegmentEnded(session, wall, f.seconds("t"), f.place(), f.bool("completed"),
                        f.seconds("spent"), f.optionalBool("cut").orElse(false));
            case "paused":
                return new Paused(session, wall, f.seconds("t"), f.integer("index"), f.seconds("spent"));
            case "resumed":
                return new Resumed(session, wall, f.seconds("t"), f.integer("index"), f.seconds("spent"));
            case "mark":
                return new Mark(session, wall, f.seconds("t"), f.integer("index"), f.seconds("spent"));
            case "time-added":
                return new TimeAdded(session, wall, f.seconds("t"), f.integer("index"), f.seconds("added"),
                        f.seconds("length"));
            case "session-end": {
                String how = f.text("how");
                return new Ended(session, wall, f.zone("zone"), f.seconds("t"), Ending.ofWord(how).orElseThrow(
                        () -> new Unreadable("\"how\" is \"" + how + "\", not one of completed, stopped, interrupted",
                                false)), f.seconds("active"));
            }
            case "session-continue": {
                Optional<Credit> credit = Optional.empty();
                if (f.has("credit")) {
                    Fields c = f.object("credit");
                    credit = Optional.of(new Credit(c.place(), c.seconds("spent"), c.bool("completed")));
                }
                return new Continued(session, wall, f.zone("zone"), f.integer("index"), f.seconds("already"),
                        f.seconds("down"), f.optionalBool("packStayedOn"), credit, f.process());
            }
            case "pain":
                try {
                    return new Pain(session, wall, f.zone("zone"), f.bool("afterSession"), f.optionalInteger("score"),
                            f.optionalText("note"));
                } catch (IllegalArgumentException e) {
                    throw new Unreadable(e.getMessage(), false);
                }
            case "repaired":
                return new Repaired(session, wall, f.integer("bytes"));
            default:
                throw new Unreadable("unknown type \"" + type + "\"", false);
        }
    }

    /** Typed access to a line's fields, each one missing or of the wrong type said so. */
    private static final class Fields {
        private final JsonNode node;

        Fields(JsonNode node) {
            this.node = node;
        }

        boolean has(String name) {
            return node.hasNonNull(name);
        }

        boolean isNull(String name) {
            return node.has(name) && node.get(name).isNull();
        }

        private JsonNode get(String name) throws Unreadable {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw new Unreadable("\"" + name + "\" is missing", false);
            }
            return value;
        }

        String text(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isTextual()) {
                throw new Unreadable("\"" + name + "\" is not a string", false);
            }
            return value.textValue();
        }

        Optional<String> optionalText(String name) throws Unreadable {
            return has(name) ? Optional.of(text(name)) : Optional.empty();
        }

        int integer(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new Unreadable("\"" + name + "\" is not a whole number", false);
            }
            return value.intValue();
        }

        long longInteger(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new Unreadable("\"" + name + "\" is not a whole number", false);
            }
            return value.longValue();
        }

        OptionalInt optionalInteger(String name) throws Unreadable {
            return has(name) ? OptionalInt.of(integer(name)) : OptionalInt.empty();
        }

        boolean bool(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isBoolean()) {
                throw new Unreadable("\"" + name + "\" is not true or false", false);
            }
            return value.booleanValue();
        }

        Optional<Boolean> optionalBool(String name) throws Unreadable {
            return has(name) ? Optional.of(bool(name)) : Optional.empty();
        }

        Duration seconds(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isNumber() || value.decimalValue().signum() < 0) {
                throw new Unreadable("\"" + name + "\" is not a number of seconds", false);
            }
            try {
                return Duration.ofMillis(value.decimalValue().movePointRight(3).longValueExact());
            } catch (ArithmeticException e) {
                throw new Unreadable("\"" + name + "\" is not a number of seconds to the millisecond", false);
            }
        }

        UUID uuid(String name) throws Unreadable {
            try {
                return UUID.fromString(text(name));
            } catch (IllegalArgumentException e) {
                throw new Unreadable("\"" + name + "\" is not a UUID", false);
            }
        }

        OffsetDateTime wall(String name) throws Unreadable {
            try {
                return OffsetDateTime.parse(text(name));
            } catch (DateTimeException e) {
                throw new Unreadable("\"" + name + "\" is not a date and time with an offset", false);
            }
        }

        ZoneId zone(String name) throws Unreadable {
            try {
                return ZoneId.of(text(name));
            } catch (DateTimeException e) {
                throw new Unreadable("\"" + name + "\" is not a time zone", false);
            }
        }

        Fields object(String name) throws Unreadable {
            JsonNode value = get(name);
            if (!value.isObject()) {
                throw new Unreadable("\"" + name + "\" is not an object", false);
            }
            return new Fields(value);
        }

        Place place() throws Unreadable {
            String kind = text("kind");
            SegmentKind segmentKind;
            try {
                segmentKind = SegmentKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Unreadable("\"kind\" is \"" + kind + "\", which is not a kind of segment", false);
            }
            int index = integer("index");
            if (index < 0) {
                throw new Unreadable("\"index\" is negative", false);
            }
            return new Place(index, segmentKind, text("title"));
        }

        ProcessRef process() throws Unreadable {
            Optional<Instant> started = Optional.empty();
            if (has("pidStarted")) {
                try {
                    started = Optional.of(Instant.parse(text("pidStarted")));
                } catch (DateTimeException e) {
                    throw new Unreadable("\"pidStarted\" is not an instant", false);
                }
            }
            return new ProcessRef(longInteger("pid"), started);
        }
    }
}
