package dev.hangtime.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where someone following a plan stands on a day, worked out from what they did: nothing else is kept. The
 * plan's calendar weeks run seven days from the day it started. At the end of each, the plan's current week
 * <ul>
 *   <li>is held back, when a red flag fell in it (pain 8 or more, or a second session in a row that raised the
 *   pain by 2): its sessions may have been too much, whatever was done;</li>
 *   <li>else advances, when each of its sessions was done as often as the week asks (completed, run for the plan,
 *   on any day of the week);</li>
 *   <li>else is repeated: a week that was missed, or only partly done, comes again. Nothing is skipped.</li>
 * </ul>
 * Once the last week advances, the plan is finished.
 *
 * @param plan the plan
 * @param start its day 1
 * @param today the day it is told for
 * @param week the plan's week that is current: its values run today; the plan's last week once finished
 * @param weeks how each calendar week ended, the earliest first
 * @param finished whether the last week has advanced
 */
public record Progress(Plan plan, LocalDate start, LocalDate today, int week, List<WeekResult> weeks,
        boolean finished) {

    /** How a calendar week of the plan ended. */
    public enum Outcome {
        /** Every session done, no red flag: on to the next week. */
        ADVANCED,
        /** Sessions missing: the same week again. */
        REPEATED,
        /** A red flag: the same week again, whatever was done. */
        HELD
    }

    /**
     * How a session of the week went.
     *
     * @param session what the week asked
     * @param done how many were done
     */
    public record Count(PlanSession session, int done) {

        public boolean met() {
            return done >= session.perWeek();
        }
    }

    /**
     * A calendar week of the plan, and how it ended.
     *
     * @param week the plan's week it was spent on
     * @param from its first day
     * @param counts each session of the week, with how many were done
     * @param redFlag the first day in it with a red flag
     */
    public record WeekResult(int week, LocalDate from, Outcome outcome, List<Count> counts,
            Optional<LocalDate> redFlag) {

        public WeekResult {
            counts = List.copyOf(counts);
        }

        /** Its last day. */
        public LocalDate to() {
            return from.plusDays(6);
        }
    }

    public Progress {
        weeks = List.copyOf(weeks);
    }

    /**
     * Where a plan started on {@code start} stands on {@code today}.
     *
     * @param done the sessions run for this run of the plan, in any order
     * @param redFlags the days with a red flag, in any order
     */
    public static Progress of(Plan plan, LocalDate start, List<DoneSession> done, List<LocalDate> redFlags,
            LocalDate today) {
        List<WeekResult> results = new ArrayList<>();
        int week = 1;
        LocalDate from = start;
        // A calendar week is judged once it is over: its last day is before today.
        while (from.plusDays(6).isBefore(today)) {
            WeekResult result = judge(plan, week, from, done, redFlags);
            results.add(result);
            from = from.plusDays(7);
            if (result.outcome() == Outcome.ADVANCED) {
                if (week == plan.weeks()) {
                    return new Progress(plan, start, today, week, results, true);
                }
                week++;
            }
        }
        return new Progress(plan, start, today, week, results, false);
    }

    private static WeekResult judge(Plan plan, int week, LocalDate from, List<DoneSession> done,
            List<LocalDate> redFlags) {
        LocalDate to = from.plusDays(6);
        List<Count> counts = counts(plan.stage(week), done, from, to);
        Optional<LocalDate> flag = redFlags.stream().filter(day -> !day.isBefore(from) && !day.isAfter(to)).sorted()
                .findFirst();
        Outcome outcome = flag.isPresent() ? Outcome.HELD
                : counts.stream().allMatch(Count::met) ? Outcome.ADVANCED : Outcome.REPEATED;
        return new WeekResult(week, from, outcome, counts, flag);
    }

    /** Each session of {@code stage}, with how many of it were completed from {@code from} to {@code to}. */
    static List<Count> counts(Stage stage, List<DoneSession> done, LocalDate from, LocalDate to) {
        List<Count> counts = new ArrayList<>();
        for (PlanSession session : stage.sessions()) {
            int n = (int) done.stream().filter(DoneSession::completed).filter(d -> session.counts(d.routine()))
                    .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to)).count();
            counts.add(new Count(session, n));
        }
        return counts;
    }

    /** The plan's day that {@link #today} is, from 1 (before the start: 1). */
    public int day() {
        return (int) Math.max(1, ChronoUnit.DAYS.between(start, today) + 1);
    }

    /** The day of the plan's calendar week that {@link #today} is, 1–7. */
    public int dayOfWeek() {
        return (day() - 1) % 7 + 1;
    }

    /** The first day of the calendar week {@link #today} falls in. */
    public LocalDate weekStart() {
        return start.plusDays((long) (day() - 1) / 7 * 7);
    }

    /** The sessions of the current week, with how many of each were done so far this calendar week. */
    public List<Count> thisWeek(List<DoneSession> done) {
        LocalDate from = weekStart();
        return counts(plan.stage(week), done, from, from.plusDays(6));
    }

    /** How many times the plan's current week has been spent already, before this calendar week. */
    public int tries() {
        return (int) weeks.stream().filter(w -> w.week() == week).count();
    }
}
