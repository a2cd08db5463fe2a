package dev.hangtime.routines.journal;

import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.PREPARE;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions as the journal's lines tell them. */
class HistoryTest {

    @TempDir
    Path folder;

    private History history(String file, String... texts) throws IOException {
        Files.writeString(folder.resolve(file), String.join("", texts), StandardCharsets.UTF_8);
        return History.read(folder);
    }

    private static ZonedDateTime paris(String local) {
        return ZonedDateTime.parse(local + "+01:00[Europe/Paris]");
    }

    @Test
    void aCompletedSession_isKeptWhole() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 3, 6)
                .run(0, 0, PREPARE, 10).run(10, 1, INVERSION, 60).run(70, 2, ICE, 600)
                .ended(670, Ending.COMPLETED, 670).painAfter(700, 3, "easier to stand up");

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(new SessionRecord(s.id, "laptop", Script.routine("ice"), paris("2026-03-02T07:30:00"),
                paris("2026-03-02T07:41:10"), Ending.COMPLETED, ofSeconds(670),
                Map.of(PREPARE, ofSeconds(10), INVERSION, ofSeconds(60), ICE, ofSeconds(600)), 3, 0, Optional.empty(),
                OptionalInt.of(6), OptionalInt.of(3), Optional.of("easier to stand up"), 3, 3, 1, Script.GONE), r);
    }

    @Test
    void aStoppedSession_saysWhereAndCountsWhatWasSkipped() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("core", 4, null)
                .run(0, 0, EXERCISE, 30).begin(30, 1, REST, 30).end(35, 1, REST, false, 5)
                .begin(35, 2, EXERCISE, 30).end(47, 2, EXERCISE, false, 12).ended(47, Ending.STOPPED, 47);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Ending.STOPPED, r.ending());
        assertEquals(1, r.completed());
        assertEquals(1, r.skipped());
        assertEquals(Optional.of(new Stop(Script.place(2, EXERCISE), ofSeconds(12), false)), r.stoppedAt());
        assertEquals(ofSeconds(47), r.active());
        assertEquals(Map.of(EXERCISE, ofSeconds(42), REST, ofSeconds(5)), r.byKind());
    }

    @Test
    void goingBack_isNotASkip_andAStepDoneTwiceCountsOnce_asTheEndPageCountsThem() throws IOException {
        // Three timed steps; the second is gone back over once, from its first seconds, then run through.
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("tiny", 3, null)
                .run(0, 0, REST, 4).begin(4, 1, REST, 4).end(6, 1, REST, false, 2)
                .run(6, 0, REST, 4).run(10, 1, REST, 4).run(14, 2, REST, 4).ended(18, Ending.COMPLETED, 16);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(List.of(3, 0), List.of(r.completed(), r.skipped()));
    }

    @Test
    void aSessionKilledWithoutAnEnd_isInterruptedWhereItsLastMarkSays() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 2, null)
                .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(90, 1, 30).mark(120, 1, 60);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Ending.INTERRUPTED, r.ending());
        assertEquals(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(60), false)), r.stoppedAt());
        assertEquals(paris("2026-03-02T07:32:00"), r.end());
        assertEquals(ofSeconds(120), r.active());
        assertEquals(Map.of(INVERSION, ofSeconds(60), ICE, ofSeconds(60)), r.byKind());
        assertEquals(1, r.completed());
        assertEquals(0, r.skipped());
    }

    @Test
    void aSessionKilledBetweenTwoSegments_stopsAfterTheOneThatFinished() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 2, null)
                .run(0, 0, INVERSION, 60);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Optional.of(new Stop(Script.place(0, INVERSION), ofSeconds(60), true)), r.stoppedAt());
        assertEquals(ofSeconds(60), r.active());
    }

    @Test
    void aSessionCutOffByCtrlC_isInterruptedAndCountsTheTimeBeforeTheCut() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 2, null)
                .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).cut(100, 1, ICE, 40)
                .ended(100, Ending.INTERRUPTED, 100);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Ending.INTERRUPTED, r.ending());
        assertEquals(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(40), false)), r.stoppedAt());
        assertEquals(ofSeconds(100), r.active());
        assertEquals(0, r.skipped());
    }

    @Test
    void aSessionCarriedOnInItsIceSegment_countsTheIceOnce() throws IOException {
        // Killed 300 s into a 900 s ice; picked up 200 s later with the pack on: 500 s already, 400 s to go.
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 2, null)
                .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(360, 1, 300)
                .continued(560, 1, 500, 200, true, null).begin(560, 1, ICE, 900).end(960, 1, ICE, true, 900)
                .ended(960, Ending.COMPLETED, 900);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Ending.COMPLETED, r.ending());
        assertEquals(Optional.empty(), r.stoppedAt());
        assertEquals(Map.of(INVERSION, ofSeconds(60), ICE, ofSeconds(900)), r.byKind());
        assertEquals(ofSeconds(960), r.active());
        assertEquals(2, r.completed());
        assertEquals(2, r.runs());
        assertEquals(paris("2026-03-02T07:46:00"), r.end());
    }

    @Test
    void aSessionStartedAgainFromTheSegmentThatWasCut_countsTheCreditedTimeToo() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("walk", 2, null)
                .begin(0, 0, WALK, 600).mark(120, 0, 120)
                .continued(4000, 0, 0, 3880, null, new Credit(Script.place(0, WALK), ofSeconds(120), false))
                .run(4000, 0, WALK, 600).run(4600, 1, REST, 60).ended(4660, Ending.COMPLETED, 660);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Map.of(WALK, ofSeconds(720), REST, ofSeconds(60)), r.byKind());
        assertEquals(2, r.completed());
    }

    @Test
    void aSessionResumedOnceAndCutAgain_isInterruptedWhereTheSecondRunStopped() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 3, null)
                .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(90, 1, 30)
                .continued(200, 1, 30, 110, false, null).begin(200, 1, ICE, 900).mark(230, 1, 60);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Ending.INTERRUPTED, r.ending());
        assertEquals(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(60), false)), r.stoppedAt());
        assertEquals(Map.of(INVERSION, ofSeconds(60), ICE, ofSeconds(60)), r.byKind());
    }

    @Test
    void sessionsOfEveryDevice_comeNewestFirst_withDayScoresApart() throws IOException {
        Script early = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        Script late = new Script(2, "2026-03-02T09:00:00Z", "America/New_York").start("b", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        Files.writeString(folder.resolve("phone.jsonl"), late.text() + Script.dayPain(1, "2026-03-01T20:00:00Z",
                "UTC", 4));

        History history = history("laptop.jsonl", early.text());

        assertEquals(List.of("b", "a"), history.sessions().stream().map(r -> r.routine().id())
                .collect(Collectors.toList()));
        assertEquals(List.of("phone", "laptop"), history.sessions().stream().map(SessionRecord::device)
                .collect(Collectors.toList()));
        assertEquals(1, history.painDays().size());
        assertEquals(OptionalInt.of(4), history.painDays().get(0).score());
        assertEquals(List.of(), history.problems());
    }

    @Test
    void aCopyOfAFile_doesNotCountItsSessionsTwice() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        Files.writeString(folder.resolve("laptop-conflicted-copy.jsonl"), s.text());

        History history = history("laptop.jsonl", s.text());

        assertEquals(1, history.sessions().size());
        assertEquals(List.of(folder.resolve("laptop.jsonl") + ": 4 lines of sessions kept in another journal file"
                + " (is this file a copy?); skipped"), history.problems().stream().map(JournalProblem::toString)
                .collect(Collectors.toList()));
    }

    @Test
    void linesOfASessionWhoseStartIsLost_areReportedAndSkipped() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        String withoutStart = s.text().substring(s.text().indexOf('\n') + 1);

        History history = history("laptop.jsonl", withoutStart);

        assertEquals(List.of(), history.sessions());
        assertEquals(List.of(folder.resolve("laptop.jsonl") + ": 3 lines of sessions whose first line is missing;"
                + " skipped"), history.problems().stream().map(JournalProblem::toString).collect(Collectors.toList()));
    }

    @Test
    void linesOfASessionReadBeforeTheFileThatStartsIt_areLeftOutAsACopy() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        String withoutStart = s.text().substring(s.text().indexOf('\n') + 1);
        Files.writeString(folder.resolve("a-partial-copy.jsonl"), withoutStart);

        History history = history("laptop.jsonl", s.text());

        assertEquals(List.of(ofSeconds(60)), history.sessions().stream().map(SessionRecord::active)
                .collect(Collectors.toList()));
        assertEquals(List.of(folder.resolve("a-partial-copy.jsonl") + ": 3 lines of sessions kept in another journal"
                + " file (is this file a copy?); skipped"), history.problems().stream().map(JournalProblem::toString)
                .collect(Collectors.toList()));
    }

    @Test
    void linesOfASessionBeforeItsStartInItsOwnFile_areReportedAndSkipped() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        int cut = s.text().indexOf('\n') + 1;

        History history = history("laptop.jsonl", s.text().substring(cut), s.text().substring(0, cut));

        assertEquals(List.of(Ending.INTERRUPTED), history.sessions().stream().map(SessionRecord::ending)
                .collect(Collectors.toList()));
        assertEquals(List.of(folder.resolve("laptop.jsonl") + ": 3 lines of sessions whose first line is missing;"
                + " skipped"), history.problems().stream().map(JournalProblem::toString).collect(Collectors.toList()));
    }

    @Test
    void aFileOfMoreRecordsThanALifetimeGathers_isReadUpToTheLimit_andTheOtherFilesWhole() throws IOException {
        // given a file of pain scores given on their own, three past the limit, and this device's file
        StringBuilder scores = new StringBuilder();
        for (int n = 1; n <= History.MAX_RECORDS_PER_FILE + 3; n++) {
            scores.append(Script.dayPain(n, "2026-03-01T20:00:00Z", "UTC", n % 11));
        }
        Files.writeString(folder.resolve("foreign.jsonl"), scores);
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);

        // when
        History history = history("laptop.jsonl", s.text());

        // then
        assertEquals(List.of(History.MAX_RECORDS_PER_FILE, 1), List.of(history.painDays().size(),
                history.sessions().size()));
        assertEquals(List.of(folder.resolve("foreign.jsonl") + ":20001: the file holds more than 20,000 sessions"
                + " and pain scores, more than a journal gathers in a lifetime; from here on it is left out"),
                history.problems().stream().map(JournalProblem::toString).collect(Collectors.toList()));
    }

    @Test
    void aPainScoreBeforeOutOf0To10_isABrokenLine_andNeverReachesTheStats() throws IOException {
        // given a session whose start line was edited to say 999
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, 6)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);

        // when
        History history = history("laptop.jsonl", s.text().replace("\"painBefore\":6", "\"painBefore\":999"));

        // then
        assertEquals(List.of(OptionalDouble.empty(), folder.resolve("laptop.jsonl") + ":1: \"painBefore\" is 999,"
                + " not a pain score from 0 to 10; skipped", folder.resolve("laptop.jsonl") + ": 3 lines of sessions"
                + " whose first line is missing; skipped"), List.of(Stats.of(history,
                java.time.LocalDate.parse("2026-03-02")).painBefore(), history.problems().get(0).toString(),
                history.problems().get(1).toString()));
    }

    @Test
    void timeByKind_ofAKindNeverRun_isZero() throws IOException {
        Script s = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);

        SessionRecord r = history("laptop.jsonl", s.text()).sessions().get(0);

        assertEquals(Duration.ZERO, r.time(SegmentKind.HEAT));
    }
}
