package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.Progress;
import dev.hangtime.routines.library.RoutineLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * A session of a plan's current week, as today sees it.
 *
 * @param run the plan it belongs to
 * @param day the session as it runs today: its routine with the week's values
 * @param dueToday whether today is one of its days
 * @param doneToday how many were completed today
 * @param doneThisWeek how many were completed this calendar week of the plan
 */
public record DueSession(PlanRun run, PlanDay day, boolean dueToday, int doneToday, int doneThisWeek) {

    public PlanSession session() {
        return day.session();
    }

    /** What there is to do about it today. */
    public enum State {
        /** Due today, not done as often as the day asks. */
        TO_DO,
        /** Due today, and done. */
        DONE,
        /** Not due today, and the week still wants some: it may be done today to catch up. */
        CATCH_UP,
        /** Not due today, and done as often as the week asks. */
        WEEK_DONE
    }

    public State state() {
        if (dueToday) {
            return doneToday >= session().perDay() ? State.DONE : State.TO_DO;
        }
        return doneThisWeek >= session().perWeek() ? State.WEEK_DONE : State.CATCH_UP;
    }

    /** Today's sessions of every active plan, plan by plan, in the order the week lists them. */
    public static List<DueSession> today(PlanState state, RoutineLibrary routines) {
        List<DueSession> due = new ArrayList<>();
        for (PlanRun run : state.active()) {
            Progress progress = run.progress();
            if (progress.finished()) {
                continue;
            }
            for (Progress.Count count : run.thisWeek()) {
                PlanSession session = count.session();
                PlanDay.of(run, session.routine(), routines).ifPresent(day -> due.add(new DueSession(run, day,
                        session.dueOn(progress.dayOfWeek()), run.doneToday(session.routines()), count.done())));
            }
        }
        return due;
    }
}
