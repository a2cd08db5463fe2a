package dev.hangtime.routines.journal;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Journal lines read back from their text, and what is said of those that cannot be. */
class LineDecoderTest {

    private static final UUID ID = UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001");
    private static final OffsetDateTime WALL = OffsetDateTime.parse("2026-03-02T07:30:00.125+01:00");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Place ICE = new Place(3, SegmentKind.ICE, "Ice");

    @Test
    void writeThenRead_everyKindOfLine_givesItBack() throws Unreadable {
        List<JournalLine> lines = List.of(
                new Started(ID, WALL, PARIS, new RoutineRef("mine", "Mine \"quoted\" — ok", "ff", Optional.of("/tmp/m.json")),
                        7, 3, ofSeconds(61), OptionalInt.empty(), new ProcessRef(1, Optional.empty())),
                new SegmentBegan(ID, WALL, ofMillis(1), ICE, Optional.of(ofSeconds(900))),
                new SegmentBegan(ID, WALL, ofMillis(1), new Place(0, SegmentKind.PROMPT, "Lie down"), Optional.empty()),
                new SegmentEnded(ID, WALL, ofSeconds(900), ICE, true, ofSeconds(900), false),
                new Paused(ID, WALL, ofSeconds(5), 3, ofMillis(4_999)),
                new Resumed(ID, WALL, ofSeconds(9), 3, ofMillis(4_999)),
                new TimeAdded(ID, WALL, ofSeconds(10), 3, ofSeconds(30), ofSeconds(930)),
                new Mark(ID, WALL, ofSeconds(30), 3, ofSeconds(26)),
                new JournalLine.TimeAway(ID, WALL, ofSeconds(305), 3, ofSeconds(1200), ofMillis(1_505_250)),
                new Ended(ID, WALL, PARIS, ofSeconds(931), Ending.INTERRUPTED, ofSeconds(927)),
                new Continued(ID, WALL, ZoneId.of("Asia/Tokyo"), 4, ofSeconds(12), ofSeconds(3600), Optional.of(true),
                        Optional.of(new Credit(ICE, ofSeconds(900), true)), new ProcessRef(77, Optional.empty())),
                new Continued(ID, WALL, PARIS, 3, ofSeconds(0), ofSeconds(1), Optional.empty(), Optional.empty(),
                        new ProcessRef(77, Optional.empty())),
                new Pain(ID, WALL, PARIS, true, OptionalInt.of(0), Optional.of("better\nmuch")),
                new Pain(ID, WALL, PARIS, false, OptionalInt.empty(), Optional.of("stiff")),
                new Repaired(ID, WALL, 17));

        for (JournalLine line : lines) {
            assertEquals(line, LineDecoder.decode(LineWriter.write(line)));
        }
    }

    @Test
    void read_linesWrittenBeforeStepsWereKept_countEachSegmentAStep() throws Unreadable {
        String start = "{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\","
                + "\"routine\":{\"id\":\"ice\",\"name\":\"Ice\",\"hash\":\"ab12\"},\"segments\":2,\"planned\":900,"
                + "\"pid\":4242}";
        String end = "{\"v\":1,\"type\":\"segment-end\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"t\":70.004,\"index\":3,\"kind\":\"ice\",\"title\":\"Ice\","
                + "\"completed\":false,\"spent\":12.5}";

        assertEquals(2, ((Started) LineDecoder.decode(start)).steps());
        assertEquals(3, ((SegmentEnded) LineDecoder.decode(end)).place().step());
    }

    @Test
    void read_aLineFromALaterVersion_saysSo() {
        Unreadable e = assertThrows(Unreadable.class,
                () -> LineDecoder.decode("{\"v\":3,\"type\":\"session-start\",\"whatever\":[1,2]}"));

        assertTrue(e.newer);
        assertEquals("written by a later version of Hangtime (format 3)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"v\":1,\"type\":\"pain\",\"sess| not a complete JSON object",
        "[1,2]| not a JSON object",
        "{\"type\":\"pain\"}| \"v\" is missing",
        "{\"v\":0}| format version 0 does not exist",
        "{\"v\":1,\"type\":\"pain\",\"session\":\"x\"}| \"session\" is not a UUID",
        "{\"v\":1,\"type\":\"dance\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"2026-03-02T07:30:00Z\"}"
                + "| unknown type \"dance\"",
        "{\"v\":1,\"type\":\"mark\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"2026-03-02T07:30\","
                + "\"t\":1,\"index\":0,\"spent\":1}| \"wall\" is not a date and time with an offset",
        "{\"v\":1,\"type\":\"mark\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"2026-03-02T07:30Z\","
                + "\"t\":1,\"index\":0,\"spent\":-1}| \"spent\" is not a number of seconds",
        "{\"v\":1,\"type\":\"segment-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30Z\",\"t\":1,\"index\":0,\"kind\":\"yoga\",\"title\":\"x\",\"length\":null}"
                + "| \"kind\" is \"yoga\", which is not a kind of segment",
        "{\"v\":1,\"type\":\"pain\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"2026-03-02T07:30Z\","
                + "\"zone\":\"UTC\",\"afterSession\":false,\"score\":11}| \"score\" is 11, not a pain score from 0 to 10",
        "{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30Z\",\"zone\":\"UTC\",\"routine\":{\"id\":\"a\",\"name\":\"A\","
                + "\"hash\":\"h\"},\"segments\":1,\"planned\":60,\"painBefore\":999,\"pid\":1}"
                + "| \"painBefore\" is 999, not a pain score from 0 to 10",
    })
    void read_aBrokenLine_saysWhatIsWrong(String text, String message) {
        Unreadable e = assertThrows(Unreadable.class, () -> LineDecoder.decode(text));

        assertFalse(e.newer);
        assertEquals(message, e.getMessage());
    }

    private static String mark(String wall, String spent) {
        return "{\"v\":1,\"type\":\"mark\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"" + wall
                + "\",\"t\":1,\"index\":0,\"spent\":" + spent + "}";
    }

    @ParameterizedTest
    @CsvSource({"2026-03-02T07:30:00.063+01:00", "2026-03-02T07:30:00Z", "2026-03-02T07:30Z", "2026-03-02T07:30+05:45",
        "2026-03-02T07:30:00.123456789-05:30", "2026-03-02T07:30:59.1+14:00", "2026-03-02T07:30:00.000-00:00",
        "2024-02-29T23:59:59.999+18:00", "2026-03-02t07:30:00z", "2026-03-02T07:30:00+01:00:30",
        "2026-03-02T07:30:00.Z"})
    void read_aWallTimeInAnyFormTheStandardReads_givesWhatItReads(String wall) throws Unreadable {
        JournalLine line = LineDecoder.decode(mark(wall, "1"));

        assertEquals(OffsetDateTime.parse(wall), line.wall());
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30T07:30:00Z", "2026-03-02T24:00:00Z", "2026-03-02T07:60:00Z", "2026-03-02T07:30:00+19:00",
        "2026-03-02T07:30:00", "2026-03-02T07:30:00.1234567891Z", "2026-3-02T07:30:00Z",
        "2026-03-02T07:30:00+0100"})
    void read_aWallTimeTheStandardDoesNotRead_saysSo(String wall) {
        Unreadable e = assertThrows(Unreadable.class, () -> LineDecoder.decode(mark("x", "1")
                .replace("\"x\"", "\"" + wall + "\"")));

        assertEquals("\"wall\" is not a date and time with an offset", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"70.004, 70004", "12.50, 12500", "0.0, 0", "-0.0, 0", "1.5e1, 15000", "1E-3, 1", "30, 30000",
        "123456789.123, 123456789123", "1234567890.5, 1234567890500"})
    void read_seconds_toTheMillisecond(String seconds, long millis) throws Unreadable {
        Mark line = (Mark) LineDecoder.decode(mark("2026-03-02T07:30Z", seconds));

        assertEquals(ofMillis(millis), line.spent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.0001| \"spent\" is not a number of seconds to the millisecond",
        "1e400| \"spent\" is not a number of seconds to the millisecond",
        "99999999999999999999| \"spent\" is not a number of seconds to the millisecond",
        "-0.5| \"spent\" is not a number of seconds", "-99999999999999999999| \"spent\" is not a number of seconds",
        "\"30\"| \"spent\" is not a number of seconds", "null| \"spent\" is missing"})
    void read_secondsThatAreNot_saysSo(String seconds, String message) {
        Unreadable e = assertThrows(Unreadable.class,
                () -> LineDecoder.decode(mark("2026-03-02T07:30Z", seconds)));

        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1,| not a complete JSON object", "3| not a JSON object",
        "{\"v\":1.0}| \"v\" is not a whole number", "{\"v\":4294967297}| \"v\" is not a whole number",
        "{\"v\":1,\"v\":3,\"type\":\"x\"}| written by a later version of Hangtime (format 3)",
        "{\"v\":1,\"type\":[\"pain\"]}| \"type\" is not a string",
        "{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30Z\",\"zone\":\"UTC\",\"routine\":\"ice\"}| \"routine\" is not an object",
        "{\"v\":1,\"type\":\"pain\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30Z\",\"zone\":\"Mars/Olympus\"}| \"zone\" is not a time zone"})
    void read_fieldsOfTheWrongShape_sayWhich(String text, String message) {
        Unreadable e = assertThrows(Unreadable.class, () -> LineDecoder.decode(text));

        assertEquals(message, e.getMessage());
    }
}
