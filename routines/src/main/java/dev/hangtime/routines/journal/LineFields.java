package dev.hangtime.routines.journal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.format.MessageText;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fields of one journal line (or of an object in it) as the parser gave them, by {@link Field}: typed access
 * to each, one missing or of the wrong type said so. Only the fields a line may have are kept; others are
 * skipped. One table serves line after line: {@link #parse} clears it first.
 */
final class LineFields {

    /** Every field a line, or an object in one, may have, by its name in the line; its ordinal is its slot. */
    enum Field {
        V("v"), TYPE("type"), SESSION("session"), WALL("wall"), ZONE("zone"), ROUTINE("routine"), ID("id"),
        NAME("name"), HASH("hash"), FILE("file"), SEGMENTS("segments"), PLANNED("planned"), PAIN_BEFORE("painBefore"),
        PID("pid"), PID_STARTED("pidStarted"), T("t"), INDEX("index"), KIND("kind"), TITLE("title"),
        LENGTH("length"), COMPLETED("completed"), SPENT("spent"), CUT("cut"), ADDED("added"), HOW("how"),
        ACTIVE("active"), ALREADY("already"), DOWN("down"), PACK_STAYED_ON("packStayedOn"), CREDIT("credit"),
        AFTER_SESSION("afterSession"), SCORE("score"), NOTE("note"), BYTES("bytes"), AWAY("away"), STEP("step"),
        STEPS("steps"), LIST("list"), ANSWER("answer"), PLAN("plan"), PLAN_WEEK("planWeek"), PLAN_DAY("planDay");

        private static final Map<String, Field> BY_NAME = new HashMap<>();

        static {
            for (Field field : values()) {
                BY_NAME.put(field.name, field);
            }
        }

        private final String name;

        Field(String name) {
            this.name = name;
        }

        /** The field named {@code name} in a line, or null for a name no line has. */
        static Field named(String name) {
            return BY_NAME.get(name);
        }

        /** The name in double quotes, as messages give it. */
        String quoted() {
            return "\"" + name + "\"";
        }
    }

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

    private static final int SLOTS = Field.values().length;
    private static final SegmentKind[] KINDS = SegmentKind.values();

    private final byte[] kinds = new byte[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final long[] longs = new long[SLOTS];
    /** The objects a line holds, each with a table of its own; none in those. */
    private final LineFields routine;
    private final LineFields credit;

    private LineFields(boolean top) {
        routine = top ? new LineFields(false) : null;
        credit = top ? new LineFields(false) : null;
    }

    /** A table for a whole line. */
    static LineFields forLines() {
        return new LineFields(true);
    }

    /** Reads an object's fields, its start already read, through its end. A name given twice: the last counts. */
    void parse(JsonParser json) throws IOException {
        Arrays.fill(kinds, ABSENT);
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
            Field field = Field.named(json.currentName());
            JsonToken value = json.nextToken();
            if (field == null) {
                json.skipChildren();
                continue;
            }
            int slot = field.ordinal();
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
                    LineFields nested = field == Field.ROUTINE ? routine : field == Field.CREDIT ? credit : null;
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

    private int present(Field field) throws Unreadable {
        int slot = field.ordinal();
        if (kinds[slot] == ABSENT || kinds[slot] == NULL) {
            throw new Unreadable(field.quoted() + " is missing");
        }
        return slot;
    }

    boolean has(Field field) {
        byte kind = kinds[field.ordinal()];
        return kind != ABSENT && kind != NULL;
    }

    boolean isNull(Field field) {
        return kinds[field.ordinal()] == NULL;
    }

    String text(Field field) throws Unreadable {
        int slot = present(field);
        if (kinds[slot] != STRING) {
            throw new Unreadable(field.quoted() + " is not a string");
        }
        return texts[slot];
    }

    Optional<String> optionalText(Field field) throws Unreadable {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    int integer(Field field) throws Unreadable {
        int slot = present(field);
        if (kinds[slot] != INT || longs[slot] != (int) longs[slot]) {
            throw new Unreadable(field.quoted() + " is not a whole number");
        }
        return (int) longs[slot];
    }

    long longInteger(Field field) throws Unreadable {
        int slot = present(field);
        if (kinds[slot] != INT) {
            throw new Unreadable(field.quoted() + " is not a whole number");
        }
        return longs[slot];
    }

    OptionalInt optionalInteger(Field field) throws Unreadable {
        return has(field) ? OptionalInt.of(integer(field)) : OptionalInt.empty();
    }

    boolean bool(Field field) throws Unreadable {
        int slot = present(field);
        if (kinds[slot] != TRUE && kinds[slot] != FALSE) {
            throw new Unreadable(field.quoted() + " is not true or false");
        }
        return kinds[slot] == TRUE;
    }

    Optional<Boolean> optionalBool(Field field) throws Unreadable {
        return has(field) ? Optional.of(bool(field)) : Optional.empty();
    }

    Duration seconds(Field field) throws Unreadable {
        int slot = present(field);
        byte kind = kinds[slot];
        long value = longs[slot];
        boolean number = kind == INT || kind == BIG || kind == FLOAT || kind == FLOAT_NEGATIVE
                || kind == FLOAT_INEXACT;
        if (!number || kind == FLOAT_NEGATIVE || (kind == INT || kind == BIG) && value < 0) {
            throw new Unreadable(field.quoted() + " is not a number of seconds");
        }
        if (kind == FLOAT) {
            return Duration.ofMillis(value);
        }
        if (kind == INT && value <= Long.MAX_VALUE / 1000) {
            return Duration.ofMillis(value * 1000);
        }
        throw new Unreadable(field.quoted() + " is not a number of seconds to the millisecond");
    }

    OffsetDateTime wall(Field field) throws Unreadable {
        String text = text(field);
        OffsetDateTime wall = WallTimes.parse(text);
        if (wall != null) {
            return wall;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new Unreadable(field.quoted() + " is not a date and time with an offset");
        }
    }

    /** The table of the object {@code field} holds: {@link Field#ROUTINE} or {@link Field#CREDIT}. */
    LineFields object(Field field) throws Unreadable {
        int slot = present(field);
        if (kinds[slot] != OBJECT) {
            throw new Unreadable(field.quoted() + " is not an object");
        }
        return field == Field.ROUTINE ? routine : credit;
    }

    Place place() throws Unreadable {
        String kind = text(Field.KIND);
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
                throw new Unreadable("\"kind\" is " + MessageText.quote(kind) + ", which is not a kind of segment");
            }
        }
        int index = integer(Field.INDEX);
        if (index < 0) {
            throw new Unreadable("\"index\" is negative");
        }
        int step = has(Field.STEP) ? integer(Field.STEP) : index;
        if (step < 0 || step > index) {
            throw new Unreadable("\"step\" is not from 0 to the index");
        }
        return new Place(index, segmentKind, text(Field.TITLE), step);
    }

    ProcessRef process() throws Unreadable {
        Optional<Instant> started = Optional.empty();
        if (has(Field.PID_STARTED)) {
            try {
                started = Optional.of(Instant.parse(text(Field.PID_STARTED)));
            } catch (DateTimeException e) {
                throw new Unreadable("\"pidStarted\" is not an instant");
            }
        }
        return new ProcessRef(longInteger(Field.PID), started);
    }

    /** The plan a session was run for, when its start line names one. */
    Optional<JournalLine.PlanTag> planTag() throws Unreadable {
        if (!has(Field.PLAN)) {
            return Optional.empty();
        }
        int week = integer(Field.PLAN_WEEK);
        int day = integer(Field.PLAN_DAY);
        if (week < 1 || day < 1) {
            throw new Unreadable("\"planWeek\" and \"planDay\" count from 1");
        }
        return Optional.of(new JournalLine.PlanTag(text(Field.PLAN), week, day));
    }
}
