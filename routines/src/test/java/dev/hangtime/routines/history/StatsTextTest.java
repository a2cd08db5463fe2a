package dev.hangtime.routines.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.journal.Stats;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StatsTextTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-18");

    @Test
    void streak_none() {
        assertEquals("Streak: no session yesterday or today yet.", StatsText.streak(stats(0, false, List.of())));
    }

    @Test
    void streak_oneDayToday() {
        assertEquals("Streak: 1 day, today included.", StatsText.streak(stats(1, true, List.of())));
    }

    @Test
    void streak_upToYesterday_saysOneTodayKeepsItGoing() {
        assertEquals("Streak: 3 days in a row, up to yesterday: one today keeps it going.",
                StatsText.streak(stats(3, false, List.of())));
    }

    @Test
    void trend_fromTheFirstScoredWeekToTheLast() {
        List<Stats.Week> weeks = List.of(week("2026-03-02", 7.0), week("2026-03-09", Double.NaN),
                week("2026-03-16", 5.5));
        Stats stats = new Stats(TODAY, 0, false, weeks, OptionalDouble.of(6.25), OptionalDouble.empty());

        assertEquals("Pain before (or on a day without a session): 6.3 on average; from 7.0 in the week of"
                + " 2 Mar 2026 to 5.5 in the week of 16 Mar 2026.", StatsText.trend(stats, true));
    }

    @Test
    void trend_noScores() {
        assertEquals("Pain after a session: no scores in these 8 weeks.",
                StatsText.trend(stats(0, false, List.of()), false));
    }

    @Test
    void minutes_roundToTheNearest() {
        assertEquals(List.of(0L, 1L, 1L, 2L), List.of(StatsText.minutes(Duration.ofSeconds(29)),
                StatsText.minutes(Duration.ofSeconds(30)), StatsText.minutes(Duration.ofSeconds(89)),
                StatsText.minutes(Duration.ofSeconds(90))));
    }

    @Test
    void weeks_longAndShort() {
        assertEquals(List.of("16 Mar 2026", "16 Mar"),
                List.of(StatsText.week(LocalDate.parse("2026-03-16")), StatsText.shortWeek(LocalDate.parse("2026-03-16"))));
    }

    @Test
    void score_oneDecimal_orADash() {
        assertEquals(List.of("5.5", "–"), List.of(StatsText.score(OptionalDouble.of(5.45)),
                StatsText.score(OptionalDouble.empty())));
    }

    private static Stats stats(int streak, boolean today, List<Stats.Week> weeks) {
        return new Stats(TODAY, streak, today, weeks, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A week with only a "before" average; NaN for none. */
    private static Stats.Week week(String monday, double before) {
        return new Stats.Week(LocalDate.parse(monday), Map.of(), 1,
                Double.isNaN(before) ? OptionalDouble.empty() : OptionalDouble.of(before), OptionalDouble.empty());
    }
}
