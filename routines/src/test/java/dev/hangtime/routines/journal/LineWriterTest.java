package dev.hangtime.routines.journal;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Journal lines as the journal writes them. */
class LineWriterTest {

    private static final UUID ID = UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001");
    private static final OffsetDateTime WALL = OffsetDateTime.parse("2026-03-02T07:30:00.125+01:00");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Place ICE = new Place(3, SegmentKind.ICE, "Ice");

    @Test
    void write_sessionStart_givesTheDocumentedLine() {
        Started line = new Started(ID, WALL, PARIS, new RoutineRef("ice", "Ice", "ab12", Optional.empty()), 2,
                2, ofSeconds(900), OptionalInt.of(6),
                new ProcessRef(4242, Optional.of(Instant.parse("2026-03-02T06:29:58Z"))));

        assertEquals("{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\","
                + "\"routine\":{\"id\":\"ice\",\"name\":\"Ice\",\"hash\":\"ab12\"},\"segments\":2,\"steps\":2,"
                + "\"planned\":900,"
                + "\"painBefore\":6,\"pid\":4242,\"pidStarted\":\"2026-03-02T06:29:58Z\"}", LineWriter.write(line));
    }

    @Test
    void write_segmentEnd_givesSecondsToTheMillisecond() {
        SegmentEnded line = new SegmentEnded(ID, WALL, ofMillis(70_004), ICE, false, ofMillis(12_500), true);

        assertEquals("{\"v\":1,\"type\":\"segment-end\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"t\":70.004,\"index\":3,\"step\":3,\"kind\":\"ice\","
                + "\"title\":\"Ice\","
                + "\"completed\":false,\"spent\":12.5,\"cut\":true}", LineWriter.write(line));
    }
}
