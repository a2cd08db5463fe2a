package dev.hangtime.desktop.model;

import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history page's figures over a fixed journal, worked out by hand as {@code hangtime stats} gives them: a
 * session on Monday 16 March 2026 with 5 minutes of inversion and 10 of core work, pain 6 before and 3 after; a
 * 30-minute walk on Tuesday 10 March; a pain score of 5 on its own on 17 March. Today is Wednesday 18 March.
 */
class HistoryModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    @Test
    void theChartsAreGivenTheStatsFigures_andTheListEverySessionNewestFirst() throws IOException {
        Files.writeString(folder.resolve("laptop.jsonl"), String.join("",
                new Script(1, "2026-03-16T07:00:00Z", "Europe/Paris").start("a", 2, 6)
                        .run(0, 0, INVERSION, 300).run(300, 1, EXERCISE, 600).ended(900, Ending.COMPLETED, 900)
                        .painAfter(1000, 3, null).text(),
                new Script(2, "2026-03-10T18:00:00Z", "Europe/Paris").start("b", 1, null)
                        .run(0, 0, WALK, 1800).ended(1800, Ending.COMPLETED, 1800).text(),
                Script.dayPain(3, "2026-03-17T12:00:00Z", "Europe/Paris", 5)));

        HistoryModel model = HistoryModel.of(History.read(folder), LocalDate.parse("2026-03-18"), PARIS);

        assertEquals("Streak: no session yesterday or today yet.", model.streak());
        assertEquals(List.of("26 Jan", "2 Feb", "9 Feb", "16 Feb", "23 Feb", "2 Mar", "9 Mar", "16 Mar"), model.weeks());
        assertEquals(Map.of(
                "inversion", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L),
                "core", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 10L),
                "walk", List.of(0L, 0L, 0L, 0L, 0L, 0L, 30L, 0L),
                "heat", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                "ice", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)), model.minutes());
        assertEquals(List.of("inversion", "core", "walk", "heat", "ice"), List.copyOf(model.minutes().keySet()));
        assertEquals(List.of(new HistoryModel.PainPoint("1. 16 Mar", OptionalInt.of(6), OptionalInt.of(3))),
                model.pain());
        assertEquals(List.of("Pain score", "Routine a", "Routine b"),
                model.rows().stream().map(HistoryText.Row::routine).toList());
        assertEquals(List.of(), model.problems());
    }

    @Test
    void thePainChart_showsTheLatestSessionsOnly_numberedFromTheFirst() throws IOException {
        StringBuilder journal = new StringBuilder();
        for (int day = 1; day <= 35; day++) {
            String start = String.format("2026-01-%02dT08:00:00Z", Math.min(day, 31));
            if (day > 31) {
                start = String.format("2026-02-%02dT08:00:00Z", day - 31);
            }
            journal.append(new Script(day, start, "Europe/Paris").start("r", 1, day % 11)
                    .run(0, 0, WALK, 60).ended(60, Ending.COMPLETED, 60).text());
        }
        Files.writeString(folder.resolve("laptop.jsonl"), journal.toString());

        List<HistoryModel.PainPoint> pain = HistoryModel.of(History.read(folder), LocalDate.parse("2026-02-04"),
                PARIS).pain();

        assertEquals(HistoryModel.PAIN_SESSIONS, pain.size());
        assertEquals(new HistoryModel.PainPoint("6. 6 Jan", OptionalInt.of(6), OptionalInt.empty()), pain.get(0));
        assertEquals(new HistoryModel.PainPoint("35. 4 Feb", OptionalInt.of(2), OptionalInt.empty()),
                pain.get(pain.size() - 1));
    }
}
