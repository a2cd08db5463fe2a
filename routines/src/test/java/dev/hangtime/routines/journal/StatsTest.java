package dev.hangtime.routines.journal;

import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.HEAT;
import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.Stats.Week;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stats of a fixed journal over eight weeks, on two devices, in Paris, Tokyo and New York, against figures
 * worked out by hand. "Today" is Wednesday 18 March 2026, so the weeks are those starting Monday 26 January
 * to Monday 16 March.
 */
class StatsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-18");

    @TempDir
    Path folder;

    private History history;

    @BeforeEach
    void journal() throws IOException {
        String laptop = String.join("",
                // Saturday 10 January: before the eight weeks, left out of everything but the streak.
                new Script(1, "2026-01-10T09:00:00Z", "Europe/Paris").start("old", 1, 10)
                        .run(0, 0, WALK, 999).ended(999, Ending.COMPLETED, 999).painAfter(1000, 0, null).text(),
                // 23:30 UTC on Sunday 25 January is 00:30 on Monday 26 in Paris: the first week's.
                new Script(2, "2026-01-25T23:30:00Z", "Europe/Paris").start("a", 2, 7)
                        .run(0, 0, INVERSION, 300).run(300, 1, REST, 30).ended(330, Ending.COMPLETED, 330)
                        .painAfter(400, 5, null).text(),
                // Week of 16 February: cut off 120 s into its ice, no end line.
                new Script(3, "2026-02-18T18:00:00Z", "Europe/Paris").start("b", 2, null)
                        .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(180, 1, 120).text(),
                // Monday 16 March, stopped in its heat.
                new Script(6, "2026-03-16T07:00:00Z", "Europe/Paris").start("d", 2, 4)
                        .begin(0, 0, HEAT, 1500).end(1200, 0, HEAT, false, 1200).ended(1200, Ending.STOPPED, 1200)
                        .painAfter(1300, 2, null).text(),
                new Script(7, "2026-03-17T07:00:00Z", "Europe/Paris").start("e", 2, null)
                        .run(0, 0, EXERCISE, 450).run(450, 1, INVERSION, 90).ended(540, Ending.COMPLETED, 540).text(),
                new Script(8, "2026-03-18T06:30:00Z", "Europe/Paris").start("f", 1, null)
                        .run(0, 0, WALK, 600).ended(600, Ending.COMPLETED, 600).text(),
                // Tuesday 10 February, a score on a day without a session: it counts as a "before".
                Script.dayPain(1, "2026-02-10T12:00:00Z", "Europe/Paris", 8));
        String phone = String.join("",
                // 22:00 UTC on Sunday 8 March is 07:00 on Monday 9 in Tokyo: the week of 9 March.
                new Script(4, "2026-03-08T22:00:00Z", "Asia/Tokyo").start("b", 2, 6)
                        .run(0, 0, WALK, 1800).run(1800, 1, ICE, 900).ended(2700, Ending.COMPLETED, 2700)
                        .painAfter(2800, 4, null).text(),
                // 03:00 UTC on Monday 16 March is 23:00 on Sunday 15 in New York (summer time since 8 March).
                new Script(5, "2026-03-16T03:00:00Z", "America/New_York").start("c", 1, 5)
                        .run(0, 0, EXERCISE, 600).ended(600, Ending.COMPLETED, 600).text());
        Files.writeString(folder.resolve("laptop.jsonl"), laptop, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("phone.jsonl"), phone, StandardCharsets.UTF_8);
        history = History.read(folder);
        assertEquals(List.of(), history.problems());
    }

    private static Map<SegmentKind, Duration> time(long inversion, long core, long walk, long heat, long ice) {
        Map<SegmentKind, Duration> time = new EnumMap<>(SegmentKind.class);
        time.put(INVERSION, ofSeconds(inversion));
        time.put(EXERCISE, ofSeconds(core));
        time.put(WALK, ofSeconds(walk));
        time.put(HEAT, ofSeconds(heat));
        time.put(ICE, ofSeconds(ice));
        return time;
    }

    private static OptionalDouble pain(double average) {
        return OptionalDouble.of(average);
    }

    private static final OptionalDouble NONE = OptionalDouble.empty();

    @Test
    void stats_ofEightWeeksInThreeZones_matchTheFiguresWorkedOutByHand() {
        Stats stats = Stats.of(history, TODAY);

        assertEquals(List.of(
                new Week(LocalDate.parse("2026-01-26"), time(300, 0, 0, 0, 0), 1, pain(7), pain(5)),
                new Week(LocalDate.parse("2026-02-02"), time(0, 0, 0, 0, 0), 0, NONE, NONE),
                new Week(LocalDate.parse("2026-02-09"), time(0, 0, 0, 0, 0), 0, pain(8), NONE),
                new Week(LocalDate.parse("2026-02-16"), time(60, 0, 0, 0, 120), 1, NONE, NONE),
                new Week(LocalDate.parse("2026-02-23"), time(0, 0, 0, 0, 0), 0, NONE, NONE),
                new Week(LocalDate.parse("2026-03-02"), time(0, 0, 0, 0, 0), 0, NONE, NONE),
                new Week(LocalDate.parse("2026-03-09"), time(0, 600, 1800, 0, 900), 2, pain(5.5), pain(4)),
                new Week(LocalDate.parse("2026-03-16"), time(90, 450, 600, 1200, 0), 3, pain(4), pain(2))),
                stats.weeks());
        // Before: 7, 8, 6, 5, 4; after: 5, 4, 2.
        assertEquals(pain(6), stats.painBefore());
        assertEquals(pain(11.0 / 3), stats.painAfter());
    }

    @Test
    void streak_countsDaysWhereEachSessionWas_upToToday() {
        Stats stats = Stats.of(history, TODAY);

        // 15 (New York), 16, 17 and 18 March; in UTC the New York session would fall on the 16th.
        assertEquals(4, stats.streak());
        assertEquals(true, stats.sessionToday());
    }

    @Test
    void streak_beforeTodaysSession_countsUpToYesterday() {
        Stats stats = Stats.of(history, LocalDate.parse("2026-03-19"));

        assertEquals(4, stats.streak());
        assertEquals(false, stats.sessionToday());
    }

    @Test
    void streak_afterADayWithout_isZero() {
        Stats stats = Stats.of(history, LocalDate.parse("2026-03-20"));

        assertEquals(0, stats.streak());
    }

    @Test
    void streak_aSessionStoppedInItsFirstSeconds_doesNotCount_butAShortRoutineRunThroughDoes() throws IOException {
        // Thursday 19 March: stopped after 1 s. Friday 20: a 40-second routine run through.
        Files.writeString(folder.resolve("tablet.jsonl"), String.join("",
                new Script(9, "2026-03-19T07:00:00Z", "Europe/Paris").start("g", 1, null)
                        .begin(0, 0, INVERSION, 60).end(1, 0, INVERSION, false, 1).ended(1, Ending.STOPPED, 1).text(),
                new Script(10, "2026-03-20T07:00:00Z", "Europe/Paris").start("h", 1, null)
                        .run(0, 0, INVERSION, 40).ended(40, Ending.COMPLETED, 40).text()), StandardCharsets.UTF_8);

        Stats stats = Stats.of(History.read(folder), LocalDate.parse("2026-03-19"));
        Stats next = Stats.of(History.read(folder), LocalDate.parse("2026-03-20"));

        assertEquals(List.of(4, false), List.of(stats.streak(), stats.sessionToday()));
        assertEquals(List.of(1, true), List.of(next.streak(), next.sessionToday()));
    }
}
