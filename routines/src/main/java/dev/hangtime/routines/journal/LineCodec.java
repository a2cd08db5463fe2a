package dev.hangtime.routines.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hangtime.core.routine.SegmentKind;
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
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.Safety;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Turns journal lines into JSON text and back; {@code docs/journal.md} describes the fields. */
final class LineCodec {

    private static final JsonFactory FACTORY = new JsonFactory();

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
            json.writeNumberField("v", version(line));
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

    /** The earliest version of the format that has the line's type: what an older reader needs to read it. */
    private static int version(JournalLine line) {
        return line instanceof Safety || line instanceof PlanStarted || line instanceof PlanStopped ? 2 : 1;
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
        } else if (line instanceof Safety) {
            return "safety";
        } else if (line instanceof PlanStarted) {
            return "plan-start";
        } else if (line instanceof PlanStopped) {
            return "plan-stop";
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
        return new Decoder().read(text);
    }

    /**
     * Reads lines one after another with Jackson's streaming parser, straight into the line's record: no tree
     * of nodes, and no map of fields, per line. It keeps what lines share (time zones, routines, the session
     * the last line was of) so that a long journal holds one copy of each. One per read; not for two threads.
     */
    static final class Decoder {

        private final Fields fields = new Fields(true);
        private final Map<String, ZoneId> zones = new HashMap<>();
        private final Map<RoutineRef, RoutineRef> routines = new HashMap<>();
        private String lastSessionText;
        private UUID lastSession;

        /** The line {@code text} holds. */
        JournalLine read(String text) throws Unreadable {
            try (JsonParser json = FACTORY.createParser(text)) {
                return read(json);
            } catch (IOException e) {
                throw new Unreadable("not a complete JSON object", false);
            }
        }

        /** The line {@code bytes[offset, offset + length)} holds, in UTF-8. */
        JournalLine read(byte[] bytes, int offset, int length) throws Unreadable {
            try (JsonParser json = FACTORY.createParser(bytes, offset, length)) {
                return read(json);
            } catch (IOException e) {
                throw new Unreadable("not a complete JSON object", false);
            }
        }

        private JournalLine read(JsonParser json) throws IOException, Unreadable {
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // Read what there is to the end first: a broken value is said to be broken, a whole one not an object.
                json.skipChildren();
                throw new Unreadable("not a JSON object", false);
            }
            Fields f = fields;
            f.parse(json);
            int version = f.integer("v");
            if (version > JournalLine.VERSION) {
                throw new Unreadable("written by a later version of Hangtime (format " + version + ")", true);
            }
            if (version < 1) {
                throw new Unreadable("format version " + version + " does not exist", false);
            }
            String type = f.text("type");
            UUID session = session(f.text("session"));
            OffsetDateTime wall = f.wall("wall");
            switch (type) {
                case "session-start": {
                    Fields routine = f.object("routine");
                    return new Started(session, wall, zone(f, "zone"), routine(new RoutineRef(routine.text("id"),
                            routine.text("name"), routine.text("hash"), routine.optionalText("file"))),
                            f.integer("segments"), f.seconds("planned"), f.optionalInteger("painBefore"),
                            f.process(), f.planTag());
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
                    return new Ended(session, wall, zone(f, "zone"), f.seconds("t"), Ending.ofWord(how)
                            .orElseThrow(() -> new Unreadable("\"how\" is \"" + how + "\", not one of completed,"
                                    + " stopped, interrupted", false)), f.seconds("active"));
                }
                case "session-continue": {
                    Optional<Credit> credit = Optional.empty();
                    if (f.has("credit")) {
                        Fields c = f.object("credit");
                        credit = Optional.of(new Credit(c.place(), c.seconds("spent"), c.bool("completed")));
                    }
                    return new Continued(session, wall, zone(f, "zone"), f.integer("index"), f.seconds("already"),
                            f.seconds("down"), f.optionalBool("packStayedOn"), credit, f.process());
                }
                case "pain":
                    try {
                        return new Pain(session, wall, zone(f, "zone"), f.bool("afterSession"),
                                f.optionalInteger("score"), f.optionalText("note"));
                    } catch (IllegalArgumentException e) {
                        throw new Unreadable(e.getMessage(), false);
                    }
                case "repaired":
                    return new Repaired(session, wall, f.integer("bytes"));
                case "safety":
                    try {
                        return new Safety(session, wall, zone(f, "zone"), f.integer("list"), f.text("answer"));
                    } catch (IllegalArgumentException e) {
                        throw new Unreadable(e.getMessage(), false);
                    }
                case "plan-start":
                    return new PlanStarted(session, wall, zone(f, "zone"), f.text("plan"));
                case "plan-stop":
                    return new PlanStopped(session, wall, zone(f, "zone"), f.text("plan"));
                default:
                    throw new Unreadable("unknown type \"" + type + "\"", false);
            }
        }

        /** Lines of a session come one after another: the one before is most often of the same. */
        private UUID session(String text) throws Unreadable {
            if (!text.equals(lastSessionText)) {
                try {
                    lastSession = UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    throw new Unreadable("\"session\" is not a UUID", false);
                }
                lastSessionText = text;
            }
            return lastSession;
        }

        private ZoneId zone(Fields f, String name) throws Unreadable {
            String id = f.text(name);
            ZoneId zone = zones.get(id);
            if (zone == null) {
                try {
                    zone = ZoneId.of(id);
                } catch (DateTimeException e) {
                    throw new Unreadable("\"" + name + "\" is not a time zone", false);
                }
                zones.put(id, zone);
            }
            return zone;
        }

        private RoutineRef routine(RoutineRef routine) {
            RoutineRef known = routines.putIfAbsent(routine, routine);
            return known == null ? routine : known;
        }
    }

    /**
     * The fields of one line (or of an object in it) as the parser gave them, by name; typed access to each,
     * one missing or of the wrong type said so. Only the names a line may have are kept; others are skipped.
     */
    private static final class Fields {

        private static final byte ABSENT = 0;
        private static final byte NULL = 1;
        private static final byte STRING = 2;
        /** A whole number that fits a long, in {@code longs}. */
        private static final byte INT = 3;
        /** A whole number too large for a long; {@code longs} holds its sign. */
        private static final byte BIG = 4;
        /** A number with a fraction or an exponent, as milliseconds in {@code longs}. */
        private static final byte FLOAT = 5;
        /** A number with a fraction or an exponent below zero. */
        private static final byte FLOAT_NEGATIVE = 6;
        /** A number with a fraction or an exponent that is no whole number of milliseconds. */
        private static final byte FLOAT_INEXACT = 7;
        private static final byte TRUE = 8;
        private static final byte FALSE = 9;
        private static final byte OBJECT = 10;
        /** An array, or an object where none is read. */
        private static final byte OTHER = 11;

        private static final int ROUTINE = 5;
        private static final int CREDIT = 29;
        private static final int SLOTS = 39;
        private static final SegmentKind[] KINDS = SegmentKind.values();

        private final byte[] kinds = new byte[SLOTS];
        private final String[] texts = new String[SLOTS];
        private final long[] longs = new long[SLOTS];
        private final Fields routine;
        private final Fields credit;

        Fields(boolean top) {
            routine = top ? new Fields(false) : null;
            credit = top ? new Fields(false) : null;
        }

        private static int slot(String name) {
            switch (name) {
                case "v": return 0;
                case "type": return 1;
                case "session": return 2;
                case "wall": return 3;
                case "zone": return 4;
                case "routine": return ROUTINE;
                case "id": return 6;
                case "name": return 7;
                case "hash": return 8;
                case "file": return 9;
                case "segments": return 10;
                case "planned": return 11;
                case "painBefore": return 12;
                case "pid": return 13;
                case "pidStarted": return 14;
                case "t": return 15;
                case "index": return 16;
                case "kind": return 17;
                case "title": return 18;
                case "length": return 19;
                case "completed": return 20;
                case "spent": return 21;
                case "cut": return 22;
                case "added": return 23;
                case "how": return 24;
                case "active": return 25;
                case "already": return 26;
                case "down": return 27;
                case "packStayedOn": return 28;
                case "credit": return CREDIT;
                case "afterSession": return 30;
                case "score": return 31;
                case "note": return 32;
                case "bytes": return 33;
                case "list": return 34;
                case "answer": return 35;
                case "plan": return 36;
                case "planWeek": return 37;
                case "planDay": return 38;
                default: return -1;
            }
        }

        /** Reads an object's fields, its start already read, through its end. A name given twice: the last counts. */
        void parse(JsonParser json) throws IOException {
            Arrays.fill(kinds, ABSENT);
            JsonToken token;
            while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
                int slot = slot(json.currentName());
                JsonToken value = json.nextToken();
                if (slot < 0) {
                    json.skipChildren();
                    continue;
                }
                switch (value) {
                    case VALUE_NULL:
                        kinds[slot] = NULL;
                        break;
                    case VALUE_STRING:
                        kinds[slot] = STRING;
                        texts[slot] = json.getText();
                        break;
                    case VALUE_TRUE:
                        kinds[slot] = TRUE;
                        break;
                    case VALUE_FALSE:
                        kinds[slot] = FALSE;
                        break;
                    case VALUE_NUMBER_INT:
                        if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            kinds[slot] = BIG;
                            longs[slot] = json.getBigIntegerValue().signum();
                        } else {
                            kinds[slot] = INT;
                            longs[slot] = json.getLongValue();
                        }
                        break;
                    case VALUE_NUMBER_FLOAT:
                        fraction(json, slot);
                        break;
                    case START_OBJECT:
                        Fields nested = slot == ROUTINE ? routine : slot == CREDIT ? credit : null;
                        if (nested == null) {
                            kinds[slot] = OTHER;
                            json.skipChildren();
                        } else {
                            kinds[slot] = OBJECT;
                            nested.parse(json);
                        }
                        break;
                    default:
                        kinds[slot] = OTHER;
                        json.skipChildren();
                        break;
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IOException("not a complete JSON object");
            }
        }

        /**
         * A number with a fraction, as milliseconds. Seconds to the millisecond ({@code 12.5}, {@code 70.004}), up
         * to twelve digits in all, are read from their digits, which is what their double's shortest decimal form
         * gives back; anything else as that double, as lines have always been read: its shortest decimal form
         * must be a whole number of milliseconds.
         */
        private void fraction(JsonParser json, int slot) throws IOException {
            char[] c = json.getTextCharacters();
            int from = json.getTextOffset();
            int to = from + json.getTextLength();
            long whole = 0;
            int i = from;
            while (i < to && i - from < 10 && c[i] >= '0' && c[i] <= '9') {
                whole = whole * 10 + (c[i++] - '0');
            }
            if (i > from && i - from <= 9 && i < to && c[i] == '.' && to - i - 1 >= 1 && to - i - 1 <= 3) {
                long millis = 0;
                int digits = 0;
                for (int j = i + 1; j < to && c[j] >= '0' && c[j] <= '9'; j++) {
                    millis = millis * 10 + (c[j] - '0');
                    digits++;
                }
                if (digits == to - i - 1) {
                    for (; digits < 3; digits++) {
                        millis *= 10;
                    }
                    kinds[slot] = FLOAT;
                    longs[slot] = whole * 1000 + millis;
                    return;
                }
            }
            double d = json.getDoubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                kinds[slot] = d < 0 ? FLOAT_NEGATIVE : FLOAT_INEXACT;
                return;
            }
            BigDecimal decimal = BigDecimal.valueOf(d);
            if (decimal.signum() < 0) {
                kinds[slot] = FLOAT_NEGATIVE;
                return;
            }
            try {
                longs[slot] = decimal.movePointRight(3).longValueExact();
                kinds[slot] = FLOAT;
            } catch (ArithmeticException e) {
                kinds[slot] = FLOAT_INEXACT;
            }
        }

        private int present(String name) throws Unreadable {
            int slot = slot(name);
            if (kinds[slot] == ABSENT || kinds[slot] == NULL) {
                throw new Unreadable("\"" + name + "\" is missing", false);
            }
            return slot;
        }

        boolean has(String name) {
            byte kind = kinds[slot(name)];
            return kind != ABSENT && kind != NULL;
        }

        boolean isNull(String name) {
            return kinds[slot(name)] == NULL;
        }

        String text(String name) throws Unreadable {
            int slot = present(name);
            if (kinds[slot] != STRING) {
                throw new Unreadable("\"" + name + "\" is not a string", false);
            }
            return texts[slot];
        }

        Optional<String> optionalText(String name) throws Unreadable {
            return has(name) ? Optional.of(text(name)) : Optional.empty();
        }

        int integer(String name) throws Unreadable {
            int slot = present(name);
            if (kinds[slot] != INT || longs[slot] != (int) longs[slot]) {
                throw new Unreadable("\"" + name + "\" is not a whole number", false);
            }
            return (int) longs[slot];
        }

        long longInteger(String name) throws Unreadable {
            int slot = present(name);
            if (kinds[slot] != INT) {
                throw new Unreadable("\"" + name + "\" is not a whole number", false);
            }
            return longs[slot];
        }

        OptionalInt optionalInteger(String name) throws Unreadable {
            return has(name) ? OptionalInt.of(integer(name)) : OptionalInt.empty();
        }

        boolean bool(String name) throws Unreadable {
            int slot = present(name);
            if (kinds[slot] != TRUE && kinds[slot] != FALSE) {
                throw new Unreadable("\"" + name + "\" is not true or false", false);
            }
            return kinds[slot] == TRUE;
        }

        Optional<Boolean> optionalBool(String name) throws Unreadable {
            return has(name) ? Optional.of(bool(name)) : Optional.empty();
        }

        Duration seconds(String name) throws Unreadable {
            int slot = present(name);
            byte kind = kinds[slot];
            long value = longs[slot];
            boolean number = kind == INT || kind == BIG || kind == FLOAT || kind == FLOAT_NEGATIVE
                    || kind == FLOAT_INEXACT;
            if (!number || kind == FLOAT_NEGATIVE || (kind == INT || kind == BIG) && value < 0) {
                throw new Unreadable("\"" + name + "\" is not a number of seconds", false);
            }
            if (kind == FLOAT) {
                return Duration.ofMillis(value);
            }
            if (kind == INT && value <= Long.MAX_VALUE / 1000) {
                return Duration.ofMillis(value * 1000);
            }
            throw new Unreadable("\"" + name + "\" is not a number of seconds to the millisecond", false);
        }

        OffsetDateTime wall(String name) throws Unreadable {
            String text = text(name);
            OffsetDateTime wall = Walls.parse(text);
            if (wall != null) {
                return wall;
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeException e) {
                throw new Unreadable("\"" + name + "\" is not a date and time with an offset", false);
            }
        }

        Fields object(String name) throws Unreadable {
            int slot = present(name);
            if (kinds[slot] != OBJECT) {
                throw new Unreadable("\"" + name + "\" is not an object", false);
            }
            return slot == ROUTINE ? routine : credit;
        }

        Place place() throws Unreadable {
            String kind = text("kind");
            SegmentKind segmentKind = null;
            for (SegmentKind k : KINDS) {
                if (k.word().equals(kind)) {
                    segmentKind = k;
                    break;
                }
            }
            if (segmentKind == null) {
                try {
                    segmentKind = SegmentKind.valueOf(kind.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new Unreadable("\"kind\" is \"" + kind + "\", which is not a kind of segment", false);
                }
            }
            int index = integer("index");
            if (index < 0) {
                throw new Unreadable("\"index\" is negative", false);
            }
            return new Place(index, segmentKind, text("title"));
        }

        /** The plan a session was run for, when its start line names one. */
        Optional<PlanTag> planTag() throws Unreadable {
            if (!has("plan")) {
                return Optional.empty();
            }
            int week = integer("planWeek");
            int day = integer("planDay");
            if (week < 1 || day < 1) {
                throw new Unreadable("\"planWeek\" and \"planDay\" count from 1", false);
            }
            return Optional.of(new PlanTag(text("plan"), week, day));
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

    /** Wall times as the journal writes them, read without the general ISO parser, which takes some microseconds. */
    static final class Walls {

        private Walls() {
        }

        /**
         * {@code text} as {@code 2026-03-02T07:30[:00[.063]]} then {@code Z} or {@code +01:00}; null when it is
         * not in that form (the general parser then says what it is), or not a real date and time.
         */
        static OffsetDateTime parse(String text) {
            int n = text.length();
            if (n < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                    || text.charAt(13) != ':') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int i = 16;
            int second = 0;
            int nano = 0;
            if (i < n && text.charAt(i) == ':') {
                second = digits(text, i + 1, i + 3);
                i += 3;
                if (i < n && text.charAt(i) == '.') {
                    int from = ++i;
                    while (i < n && i - from < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                        nano = nano * 10 + text.charAt(i++) - '0';
                    }
                    if (i == from) {
                        return null;
                    }
                    for (int d = i - from; d < 9; d++) {
                        nano *= 10;
                    }
                }
            }
            if ((year | month | day | hour | minute | second) < 0 || i >= n) {
                return null;
            }
            ZoneOffset offset;
            char sign = text.charAt(i);
            if (sign == 'Z' && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if ((sign == '+' || sign == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
                int hours = digits(text, i + 1, i + 3);
                int minutes = digits(text, i + 4, i + 6);
                if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                    return null;
                }
                int seconds = hours * 3600 + minutes * 60;
                if (seconds > 18 * 3600) {
                    return null;
                }
                offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
            } else {
                return null;
            }
            try {
                return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The number {@code text[from, to)} spells, or -1 if it is not all digits or the text is too short. */
        private static int digits(String text, int from, int to) {
            if (to > text.length()) {
                return -1;
            }
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + c - '0';
            }
            return value;
        }
    }
}
