package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.SegmentKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the journal says about how things are going: the streak of days with a session, time per week by
 * kind, and pain before and after.
 *
 * <p>A session belongs to the day and week (Monday to Sunday) it started on where it started, in the zone it
 * started in, so a session at 7 in the morning in Tokyo is a morning session of that day whatever zone the
 * stats are read in. A pain score given outside a session counts with the "before" scores: both say how the
 * back is before any session that day helps it.
 *
 * @param today the day the stats are for, in the reader's zone
 * @param streak days in a row with at least one session that counts ({@link #countsTowardsStreak}), up to
 *     today, or up to yesterday while today has none yet
 * @param sessionToday whether today has a session that counts towards the streak
 * @param weeks the last {@value #WEEKS} weeks, the oldest first, the current one last
 * @param painBefore the average "before" score over those weeks
 * @param painAfter the average "after" score over those weeks
 */
public record Stats(LocalDate today, int streak, boolean sessionToday, List<Week> weeks, OptionalDouble painBefore,
        OptionalDouble painAfter) {

    /** The active time that makes a session count towards the streak, whatever became of it. */
    public static final Duration STREAK_MINIMUM = Duration.ofMinutes(1);

    /** How many weeks the stats cover. */
    public static final int WEEKS = 8;

    /** The kinds of segment time is shown for, in their order; exercise is "core" to the user. */
    public static final List<SegmentKind> KINDS = List.of(SegmentKind.INVERSION, SegmentKind.EXERCISE,
            SegmentKind.WALK, SegmentKind.HEAT, SegmentKind.ICE);

    public Stats {
        weeks = List.copyOf(weeks);
    }

    /**
     * One week.
     *
     * @param monday its first day
     * @param time active time per kind in {@link #KINDS}
     * @param sessions how many sessions started in it
     * @param painBefore the average "before" score in it
     * @param painAfter the average "after" score in it
     */
    public record Week(LocalDate monday, Map<SegmentKind, Duration> time, int sessions, OptionalDouble painBefore,
            OptionalDouble painAfter) {

        public Week {
            time = Map.copyOf(time);
        }
    }

    /** The stats of {@code history} as of {@code today}. */
    public static Stats of(History history, LocalDate today) {
        Set<LocalDate> days = new HashSet<>();
        for (SessionRecord session : history.sessions()) {
            if (countsTowardsStreak(session)) {
                days.add(session.start().toLocalDate());
            }
        }
        boolean sessionToday = days.contains(today);
        int streak = 0;
        for (LocalDate day = sessionToday ? today : today.minusDays(1); days.contains(day); day = day.minusDays(1)) {
            streak++;
        }

        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1);
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            tallies.add(new Tally(firstMonday.plusWeeks(i)));
        }
        Tally all = new Tally(firstMonday);
        for (SessionRecord session : history.sessions()) {
            Tally week = weekOf(tallies, firstMonday, session.start().toLocalDate());
            if (week == null) {
                continue;
            }
            week.sessions++;
            for (SegmentKind kind : KINDS) {
                week.time.merge(kind, session.time(kind), Duration::plus);
            }
            session.painBefore().ifPresent(score -> week.before(score, all));
            session.painAfter().ifPresent(score -> week.after(score, all));
        }
        for (PainRecord pain : history.painDays()) {
            Tally week = weekOf(tallies, firstMonday, pain.when().toLocalDate());
            if (week != null) {
                pain.score().ifPresent(score -> week.before(score, all));
            }
        }
        List<Week> weeks = tallies.stream().map(Tally::week).toList();
        return new Stats(today, streak, sessionToday, weeks, all.average(all.beforeSum, all.beforeCount),
                all.average(all.afterSum, all.afterCount));
    }

    /**
     * Whether {@code session} makes its day one of the streak: at least {@link #STREAK_MINIMUM} done, or its
     * routine run through without a step skipped (a short routine done whole counts). A session stopped in its
     * first seconds, or skipped through, does not.
     */
    public static boolean countsTowardsStreak(SessionRecord session) {
        return session.active().compareTo(STREAK_MINIMUM) >= 0
                || session.ending() == Ending.COMPLETED && session.skipped() == 0 && !session.active().isZero();
    }

    private static Tally weekOf(List<Tally> tallies, LocalDate firstMonday, LocalDate day) {
        if (day.isBefore(firstMonday)) {
            return null;
        }
        long index = java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day);
        return index < tallies.size() ? tallies.get((int) index) : null;
    }

    /** Sums for one week while they are added up. */
    private static final class Tally {
        final LocalDate monday;
        final Map<SegmentKind, Duration> time = new EnumMap<>(SegmentKind.class);
        int sessions;
        int beforeSum;
        int beforeCount;
        int afterSum;
        int afterCount;

        Tally(LocalDate monday) {
            this.monday = monday;
            for (SegmentKind kind : KINDS) {
                time.put(kind, Duration.ZERO);
            }
        }

        void before(int score, Tally all) {
            beforeSum += score;
            beforeCount++;
            all.beforeSum += score;
            all.beforeCount++;
        }

        void after(int score, Tally all) {
            afterSum += score;
            afterCount++;
            all.afterSum += score;
            all.afterCount++;
        }

        OptionalDouble average(int sum, int count) {
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
        }

        Week week() {
            return new Week(monday, time, sessions, average(beforeSum, beforeCount), average(afterSum, afterCount));
        }
    }
}
