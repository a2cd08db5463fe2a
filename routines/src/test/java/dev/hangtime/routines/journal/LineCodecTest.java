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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCodecTest {

    private static final UUID ID = UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001");
    private static final OffsetDateTime WALL = OffsetDateTime.parse("2026-03-02T07:30:00.125+01:00");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Place ICE = new Place(3, SegmentKind.ICE, "Ice");

    @Test
    void write_sessionStart_givesTheDocumentedLine() {
        Started line = new Started(ID, WALL, PARIS, new RoutineRef("ice", "Ice", "ab12", Optional.empty()), 2,
                ofSeconds(900), OptionalInt.of(6), new ProcessRef(4242, Optional.of(Instant.parse("2026-03-02T06:29:58Z"))));

        assertEquals("{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\","
                + "\"routine\":{\"id\":\"ice\",\"name\":\"Ice\",\"hash\":\"ab12\"},\"segments\":2,\"planned\":900,"
                + "\"painBefore\":6,\"pid\":4242,\"pidStarted\":\"2026-03-02T06:29:58Z\"}", LineCodec.write(line));
    }

    @Test
    void write_segmentEnd_givesSecondsToTheMillisecond() {
        SegmentEnded line = new SegmentEnded(ID, WALL, ofMillis(70_004), ICE, false, ofMillis(12_500), true);

        assertEquals("{\"v\":1,\"type\":\"segment-end\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"t\":70.004,\"index\":3,\"kind\":\"ice\",\"title\":\"Ice\","
                + "\"completed\":false,\"spent\":12.5,\"cut\":true}", LineCodec.write(line));
    }

    @Test
    void writeThenRead_everyKindOfLine_givesItBack() throws LineCodec.Unreadable {
        List<JournalLine> lines = List.of(
                new Started(ID, WALL, PARIS, new RoutineRef("mine", "Mine \"quoted\" — ok", "ff", Optional.of("/tmp/m.json")),
                        7, ofSeconds(61), OptionalInt.empty(), new ProcessRef(1, Optional.empty())),
                new SegmentBegan(ID, WALL, ofMillis(1), ICE, Optional.of(ofSeconds(900))),
                new SegmentBegan(ID, WALL, ofMillis(1), new Place(0, SegmentKind.PROMPT, "Lie down"), Optional.empty()),
                new SegmentEnded(ID, WALL, ofSeconds(900), ICE, true, ofSeconds(900), false),
                new Paused(ID, WALL, ofSeconds(5), 3, ofMillis(4_999)),
                new Resumed(ID, WALL, ofSeconds(9), 3, ofMillis(4_999)),
                new TimeAdded(ID, WALL, ofSeconds(10), 3, ofSeconds(30), ofSeconds(930)),
                new Mark(ID, WALL, ofSeconds(30), 3, ofSeconds(26)),
                new Ended(ID, WALL, PARIS, ofSeconds(931), Ending.INTERRUPTED, ofSeconds(927)),
                new Continued(ID, WALL, ZoneId.of("Asia/Tokyo"), 4, ofSeconds(12), ofSeconds(3600), Optional.of(true),
                        Optional.of(new Credit(ICE, ofSeconds(900), true)), new ProcessRef(77, Optional.empty())),
                new Continued(ID, WALL, PARIS, 3, ofSeconds(0), ofSeconds(1), Optional.empty(), Optional.empty(),
                        new ProcessRef(77, Optional.empty())),
                new Pain(ID, WALL, PARIS, true, OptionalInt.of(0), Optional.of("better\nmuch")),
                new Pain(ID, WALL, PARIS, false, OptionalInt.empty(), Optional.of("stiff")),
                new Repaired(ID, WALL, 17));

        for (JournalLine line : lines) {
            assertEquals(line, LineCodec.read(LineCodec.write(line)));
        }
    }

    @Test
    void read_aLineFromALaterVersion_saysSo() {
        LineCodec.Unreadable e = assertThrows(LineCodec.Unreadable.class,
                () -> LineCodec.read("{\"v\":2,\"type\":\"session-start\",\"whatever\":[1,2]}"));

        assertTrue(e.newer);
        assertEquals("written by a later version of Hangtime (format 2)", e.getMessage());
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
                + "\"zone\":\"UTC\",\"afterSession\":false,\"score\":11}| a pain score is from 0 to 10: 11",
    })
    void read_aBrokenLine_saysWhatIsWrong(String text, String message) {
        LineCodec.Unreadable e = assertThrows(LineCodec.Unreadable.class, () -> LineCodec.read(text));

        assertFalse(e.newer);
        assertEquals(message, e.getMessage());
    }
}
