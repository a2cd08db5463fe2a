package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.DoneSession;
import dev.hangtime.core.plan.Progress;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan being followed: since when, where it stands, and the sessions run for it.
 *
 * @param entry the plan
 * @param start its day 1
 * @param progress where it stands today
 * @param done the sessions run for it since its start
 */
public record PlanRun(PlanEntry entry, LocalDate start, Progress progress, List<DoneSession> done) {

    public PlanRun {
        done = List.copyOf(done);
    }

    public String id() {
        return entry.id();
    }

    /** The current week's sessions, with how many of each were done so far this calendar week. */
    public List<Progress.Count> thisWeek() {
        return progress.thisWeek(done);
    }

    /** How many of {@code routines}' sessions were completed today. */
    public int doneToday(List<String> routines) {
        return (int) done.stream().filter(DoneSession::completed).filter(d -> d.day().equals(progress.today()))
                .filter(d -> routines.contains(d.routine())).count();
    }
}
