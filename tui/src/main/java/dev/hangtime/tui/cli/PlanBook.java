package dev.hangtime.tui.cli;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.plan.PlanEntry;
import dev.hangtime.routines.plan.PlanLibrary;
import dev.hangtime.routines.plan.PlanState;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the plan commands read: the routines, the plans (a user file that cannot be read said on standard error),
 * the journal, and where each plan being followed stands today.
 */
record PlanBook(RoutineLibrary routines, PlanLibrary plans, History history, LocalDate today, PlanState state) {

    static PlanBook read(Console console, Clock clock) {
        RoutineResolver resolver = new RoutineResolver(console);
        RoutineLibrary routines = resolver.library();
        PlanLibrary plans = PlanLibrary.load(resolver.paths(), routines);
        for (Problem problem : plans.problems()) {
            console.err().println("hangtime: skipped a user plan: " + SafeText.line(problem.toString()));
        }
        History history = console.history(clock);
        LocalDate today = LocalDate.now(clock);
        return new PlanBook(routines, plans, history, today, PlanState.of(history, plans, today));
    }

    /** Whether a session of {@code plan} inverts. */
    boolean inverts(PlanEntry plan) {
        return PlanLibrary.inverts(plan, routines);
    }
}
