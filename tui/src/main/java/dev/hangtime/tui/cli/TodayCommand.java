package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.plan.DueSession;
import dev.hangtime.routines.plan.PlanRun;
import dev.hangtime.routines.plan.PlanText;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code hangtime today}: what is due today in every plan being followed, done or not, and how to run it. */
final class TodayCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("today",
            "What is due today in the plans you follow, done or not, with the command that runs each.");

    private final Console console;
    private final Supplier<Clock> clock;

    TodayCommand(Console console, Supplier<Clock> clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PlanBook book = PlanBook.read(console, clock.get());
        PrintStream out = console.out();
        out.println("Today, " + PlanText.day(book.today()) + ".");
        List<PlanRun> active = book.state().active();
        if (active.isEmpty()) {
            out.println();
            HelpTable.paragraph("You follow no plan. hangtime plan lists them, and hangtime plan start PLAN starts one"
                    + " today.", out);
        }
        List<DueSession> due = DueSession.today(book.state(), book.routines());
        Screening screening = due.isEmpty() ? Screening.UNANSWERED
                : SafetyAnswersOf.console(console, clock, book::routines, console.notices()).screening();
        for (PlanRun run : active) {
            out.println();
            TodayPrinter.print(run, due, screening, book, out);
        }
        for (String id : book.state().unknown()) {
            console.err().println("hangtime: you follow the plan " + SafeText.line(id) + ", which is gone (its file"
                    + " was removed?); hangtime plan stop " + SafeText.line(id) + " closes it.");
        }
        return ExitStatus.OK;
    }
}
