package dev.hangtime.tui.cli;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.plan.PlanLibrary;
import dev.hangtime.routines.plan.PlanRun;
import dev.hangtime.routines.plan.PlanState;
import dev.hangtime.routines.plan.PlanText;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

/** The plans being followed, a line each, as {@code history} and {@code stats} end with them. */
final class PlanProgress {

    private PlanProgress() {
    }

    /** Prints how each plan of {@code history} has gone so far; nothing when no plan was ever started. */
    static void print(Console console, Clock clock, History history, PrintStream out) {
        if (history.planEvents().isEmpty()) {
            // No plan was ever started: the libraries need not be read.
            return;
        }
        RoutineLibrary routines = RoutineLibrary.load(console.paths());
        PlanState state = PlanState.of(history, PlanLibrary.load(console.paths(), routines), LocalDate.now(clock));
        if (state.active().isEmpty()) {
            return;
        }
        out.println();
        out.println("Plans");
        for (PlanRun run : state.active()) {
            for (String line : Wrap.lines(SafeText.line(PlanText.progress(run)), 76, Integer.MAX_VALUE)) {
                out.println("  " + line);
            }
        }
    }
}
