package dev.hangtime.routines.journal;

import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which session, if any, a device may pick up again. */
class CutOffTest {

    @TempDir
    Path folder;

    /** Cut off in its ice, last known running at 07:32 Paris time (06:32Z), 60 s into the ice. */
    private static final Script KILLED = new Script(1, "2026-03-02T06:30:00Z", "Europe/Paris").start("ice", 2, null)
            .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(120, 1, 60);

    private History history(String file, String... texts) throws IOException {
        Files.writeString(folder.resolve(file), String.join("", texts), StandardCharsets.UTF_8);
        return History.read(folder);
    }

    private static CutOff.Search find(History history, String now) {
        return CutOff.find(history, "laptop", Instant.parse(now), process -> false);
    }

    @Test
    void find_theLatestSessionCutOffRecently_saysWhereAndHowLongAgo() throws IOException {
        History history = history("laptop.jsonl", KILLED.text());

        CutOff.Search search = find(history, "2026-03-02T08:32:00Z");

        CutOff cutOff = search.found().orElseThrow();
        assertEquals(KILLED.id, cutOff.session().id());
        assertEquals(new Stop(Script.place(1, ICE), ofSeconds(60), false), cutOff.stop());
        assertEquals(Duration.ofHours(2), cutOff.ago());
    }

    @Test
    void aCutOffDismissedForGood_isKeptAsStoppedWhereItWasCut_andNotOfferedAgain() throws IOException {
        History before = history("laptop.jsonl", KILLED.text());
        CutOff cutOff = find(before, "2026-03-02T06:40:00Z").found().orElseThrow();
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-03-02T06:40:00Z"),
                java.time.ZoneId.of("Europe/Paris"));

        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble -> { });
        boolean kept = SessionJournal.dismiss(writer, clock, cutOff);
        writer.close();
        History after = History.read(folder);

        assertEquals(true, kept);
        assertEquals(new CutOff.Search(Optional.empty(), "the last session here, Routine ice, was stopped, not cut"
                + " off"), find(after, "2026-03-02T06:41:00Z"));
        assertEquals(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(60), false)),
                after.sessions().get(0).stoppedAt());
    }

    @Test
    void find_twelveHoursOrMoreAfter_findsNothing() throws IOException {
        History history = history("laptop.jsonl", KILLED.text());

        CutOff.Search justInTime = find(history, "2026-03-02T18:31:59Z");
        CutOff.Search tooLate = find(history, "2026-03-02T18:32:00Z");

        assertEquals(true, justInTime.found().isPresent());
        assertEquals(new CutOff.Search(Optional.empty(), "the last session cut off here, Routine ice, stopped more"
                + " than 12 hours ago"), tooLate);
    }

    @Test
    void find_whenALaterSessionWasRun_findsNothing() throws IOException {
        Script later = new Script(2, "2026-03-02T07:00:00Z", "Europe/Paris").start("walk", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        History history = history("laptop.jsonl", KILLED.text(), later.text());

        CutOff.Search search = find(history, "2026-03-02T08:00:00Z");

        assertEquals(new CutOff.Search(Optional.empty(), "the last session here, Routine walk, was completed, not cut off"),
                search);
    }

    @Test
    void find_aSessionCutOffOnAnotherDevice_isNotOffered() throws IOException {
        History history = history("phone.jsonl", KILLED.text());

        CutOff.Search search = find(history, "2026-03-02T07:00:00Z");

        assertEquals(new CutOff.Search(Optional.empty(), "no session has been kept on this device"), search);
    }

    @Test
    void find_aSessionWhoseProcessStillRuns_isNotOffered() throws IOException {
        History history = history("laptop.jsonl", KILLED.text());

        CutOff.Search search = CutOff.find(history, "laptop", Instant.parse("2026-03-02T07:00:00Z"), process -> true);

        assertEquals(new CutOff.Search(Optional.empty(), "the last session here, Routine ice, is still running"
                + " (process 999999999)"), search);
    }

    @Test
    void find_afterTheClockWasSetBack_countsNoTimeDown() throws IOException {
        History history = history("laptop.jsonl", KILLED.text());

        CutOff.Search search = find(history, "2026-03-02T06:00:00Z");

        assertEquals(Duration.ZERO, search.found().orElseThrow().ago());
    }

    @Test
    void find_afterASessionStampedYearsAhead_findsTheSessionWrittenAfterIt() throws IOException {
        // given a session run under a clock set to 2035, then, the clock put right, one killed in its ice
        Script ahead = new Script(2, "2035-01-01T09:00:00Z", "Europe/Paris").start("walk", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        History history = history("laptop.jsonl", ahead.text(), KILLED.text());

        // when
        CutOff.Search search = find(history, "2026-03-02T08:32:00Z");

        // then
        assertEquals(KILLED.id, search.found().orElseThrow().session().id());
    }

    @Test
    void sessionsOf_aDevice_comeTheLastWrittenFirst() throws IOException {
        // given three sessions written in this order, the second under a clock years ahead
        Script first = new Script(3, "2026-03-01T09:00:00Z", "Europe/Paris").start("a", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        Script ahead = new Script(2, "2035-01-01T09:00:00Z", "Europe/Paris").start("walk", 1, null)
                .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60);
        History history = history("laptop.jsonl", first.text(), ahead.text(), KILLED.text());

        // when
        java.util.List<java.util.UUID> order = history.sessionsOf("laptop").stream().map(SessionRecord::id).toList();

        // then
        assertEquals(java.util.List.of(KILLED.id, ahead.id, first.id), order);
    }
}
