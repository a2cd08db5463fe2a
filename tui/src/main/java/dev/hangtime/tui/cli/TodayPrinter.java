package dev.hangtime.tui.cli;

import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.Wrap;
import dev.hangtime.routines.plan.DueSession;
import dev.hangtime.routines.plan.PlanRun;
import dev.hangtime.routines.plan.PlanText;
import java.io.PrintStream;
import java.util.List;

/**
 * What is due today in a plan being followed, as {@code hangtime today} and {@code hangtime plan} print it: the
 * plan's week, each of the week's sessions with what is done, and the command that runs it.
 *
 * <pre>
 * Inversion: 8 weeks: week 1 of 8, day 1.
 *   to do      Inversion: first weeks — 20°, holds of 45 s (4:00): today 0 of 1, this week 0 of 5
 *              hangtime run inversion-first-weeks --plan inversion-8-weeks
 * </pre>
 */
final class TodayPrinter {

    private static final String INDENT = "             ";

    private TodayPrinter() {
    }

    /** Prints {@code run}'s part of {@code due}; {@code screening} says whether inversion is left out. */
    static void print(PlanRun run, List<DueSession> due, Screening screening, PlanBook book, PrintStream out) {
        out.println(SafeText.line(run.entry().plan().name()) + ": " + PlanText.where(run.progress()) + ".");
        for (String line : PlanText.lastWeek(run.progress())) {
            indented(line, out);
        }
        if (run.progress().finished()) {
            indented("Every week is done. Keep up what helped, and see a doctor if the pain comes back or changes."
                    + " hangtime plan stop " + run.id() + " closes the plan.", out);
            return;
        }
        for (DueSession session : due) {
            if (session.run() != run) {
                continue;
            }
            String id = session.session().routine();
            out.println("  " + String.format("%-11s", PlanText.state(session.state())) + SafeText.line(
                    PlanText.session(session.day())) + ": " + counts(session));
            boolean leftOut = screening == Screening.SOMETHING_APPLIES
                    && book.routines().find(id).map(e -> InversionFilter.inverts(e.routine())).orElse(false);
            if (leftOut) {
                out.println(INDENT + "(its inversion is left out: something on the safety list applies to you)");
            }
            if (session.state() == DueSession.State.TO_DO || session.state() == DueSession.State.CATCH_UP) {
                out.println(INDENT + "hangtime run " + id + " --plan " + run.id());
            }
        }
    }

    private static void indented(String text, PrintStream out) {
        for (String line : Wrap.lines(SafeText.line(text), 76, Integer.MAX_VALUE)) {
            out.println("  " + line);
        }
    }

    private static String counts(DueSession session) {
        String week = "this week " + session.doneThisWeek() + " of " + session.session().perWeek();
        if (!session.dueToday()) {
            return "not due today (" + PlanText.when(session.session()) + "); " + week;
        }
        return "today " + session.doneToday() + " of " + session.session().perDay() + ", " + week;
    }
}
