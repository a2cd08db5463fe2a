package dev.hangtime.tui.cli;

import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.plan.PlanDay;
import dev.hangtime.routines.plan.PlanRun;
import java.util.List;
import java.util.Optional;

/** {@code run ROUTINE --plan PLAN}: the session of the plan's current week that the routine is. */
final class PlanSessions {

    private PlanSessions() {
    }

    /**
     * The session of {@code routine} for plan {@code plan} today, with the week's values.
     *
     * @return empty, after saying why on standard error, when the plan is not followed, is finished, or has no such
     *     session this week
     * @throws UsageException for a plan id no plan has
     */
    static Optional<PlanDay> day(Console console, PlanBook book, String plan, String routine) {
        if (book.plans().find(plan).isEmpty()) {
            List<String> close = book.plans().idsCloseTo(plan);
            String name = "--plan: no plan has the id \"" + SafeText.line(plan) + "\"";
            throw new UsageException(close.isEmpty() ? name : name + "; did you mean " + String.join(" or ", close)
                    + "?", "hangtime plan lists them");
        }
        Optional<PlanRun> run = book.state().run(plan);
        if (run.isEmpty()) {
            console.err().println("hangtime: you do not follow " + plan + " yet: hangtime plan start " + plan
                    + " starts it today.");
            return Optional.empty();
        }
        if (run.get().progress().finished()) {
            console.err().println("hangtime: every week of " + plan + " is done; run " + routine + " without --plan,"
                    + " or start the plan afresh (hangtime plan stop " + plan + ", then hangtime plan start " + plan
                    + ").");
            return Optional.empty();
        }
        Optional<PlanDay> day = PlanDay.of(run.get(), routine, book.routines());
        if (day.isEmpty()) {
            int week = run.get().progress().week();
            List<String> sessions = run.get().progress().plan().stage(week).sessions().stream()
                    .map(PlanSession::routine).toList();
            console.err().println("hangtime: " + SafeText.line(routine) + " is not a session of week " + week + " of "
                    + plan + "; this week's: " + String.join(", ", sessions) + " (hangtime today shows them).");
        }
        return day;
    }
}
