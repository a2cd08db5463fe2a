package dev.hangtime.routines.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.SessionRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryTextTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void row_sessionInTheReadersZone_hasNoZone() {
        HistoryText.Row row = HistoryText.row(completed("Morning relief", PARIS), PARIS);

        assertEquals(new HistoryText.Row("2026-03-18 07:00", Optional.empty(), "Morning relief", "10:05",
                "completed", "pain 6 → 3", Optional.empty(), false), row);
    }

    @Test
    void row_sessionElsewhere_namesItsZone() {
        HistoryText.Row row = HistoryText.row(completed("Morning relief", ZoneId.of("Asia/Tokyo")), PARIS);

        assertEquals("2026-03-18 07:00 Asia/Tokyo", row.whenAndZone());
    }

    @Test
    void row_nameWithAnEscape_isMadeSafe() {
        assertEquals("\uFFFD[2Jrelief", HistoryText.row(completed("\u001b[2Jrelief", PARIS), PARIS).routine());
    }

    @Test
    void outcome_stoppedMidStep_saysAtWhichStep() {
        SessionRecord s = stopped(Ending.STOPPED, false);

        assertEquals("stopped at Bird-dog — left (step 5 of 20)", HistoryText.outcome(s));
    }

    @Test
    void outcome_interruptedAfterAStepEnded_saysAfter() {
        SessionRecord s = stopped(Ending.INTERRUPTED, true);

        assertEquals("interrupted after Bird-dog — left (step 5 of 20)", HistoryText.outcome(s));
    }

    @Test
    void pain_onlyBefore_showsADashAfter() {
        SessionRecord s = record("r", PARIS, Ending.COMPLETED, Optional.empty(), OptionalInt.of(6), OptionalInt.empty(),
                Optional.empty());

        assertEquals("pain 6 → –", HistoryText.pain(s));
    }

    @Test
    void pain_neither_isEmpty() {
        SessionRecord s = record("r", PARIS, Ending.COMPLETED, Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty());

        assertEquals("", HistoryText.pain(s));
    }

    @Test
    void lines_alignColumns_andQuoteNotesAtTheEnd() {
        SessionRecord first = record("Walk", PARIS, Ending.COMPLETED, Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.of("felt \"good\""));
        SessionRecord second = completed("Morning relief", PARIS);

        assertEquals(List.of(
                "2026-03-18 07:00  Walk            10:05  completed  “felt \"good\"”",
                "2026-03-18 07:00  Morning relief  10:05  completed  pain 6 → 3"),
                HistoryText.lines(List.of(first, second), PARIS));
    }

    private static SessionRecord completed(String name, ZoneId zone) {
        return record(name, zone, Ending.COMPLETED, Optional.empty(), OptionalInt.of(6), OptionalInt.of(3),
                Optional.empty());
    }

    private static SessionRecord stopped(Ending ending, boolean finished) {
        Place place = new Place(4, SegmentKind.EXERCISE, "Bird-dog — left");
        return record("r", PARIS, ending, Optional.of(new SessionRecord.Stop(place, Duration.ofSeconds(20), finished)),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }

    private static SessionRecord record(String name, ZoneId zone, Ending ending, Optional<SessionRecord.Stop> stop,
            OptionalInt before, OptionalInt after, Optional<String> note) {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 18, 7, 0, 0, 0, zone);
        return new SessionRecord(UUID.fromString("00000000-0000-0000-0000-000000000001"), "laptop",
                new RoutineRef("r", name, "hash", Optional.empty()), start, start.plusMinutes(11), ending,
                Duration.ofSeconds(605), Map.of(), 20, 0, stop, before, after, note, 20, 20, 1,
                new ProcessRef(1, Optional.empty()));
    }
}
