package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.plan.DueSession;
import dev.hangtime.routines.plan.PlanEntry;
import dev.hangtime.routines.plan.PlanJournal;
import dev.hangtime.routines.plan.PlanRun;
import dev.hangtime.routines.plan.PlanText;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code hangtime plan [start|stop PLAN]}: the plans, which are being followed, their week and what is due; starts
 * a plan today, or stops it. Starting and stopping are lines in the journal, which is all the state a plan has.
 */
final class PlanCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("plan",
            "The plans, built-in and yours, which you follow, their week and what is due. plan start PLAN starts"
                    + " one today; plan stop PLAN stops it.")
            .optionalOperands("start|stop PLAN", "Start or stop the plan with this id.");

    private final Console console;
    private final Supplier<Clock> clock;
    private final List<String> operands;

    PlanCommand(Console console, Supplier<Clock> clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.operands = args.operands();
    }

    @Override
    public Integer call() {
        if (!operands.isEmpty() && (operands.size() != 2 || !List.of("start", "stop").contains(operands.get(0)))) {
            throw new UsageException("plan takes nothing, start PLAN or stop PLAN, not '"
                    + String.join(" ", operands) + "'");
        }
        PlanBook book = PlanBook.read(console, clock.get());
        if (operands.isEmpty()) {
            return list(book);
        }
        return operands.get(0).equals("start") ? start(book, operands.get(1)) : stop(book, operands.get(1));
    }

    private int list(PlanBook book) {
        PrintStream out = console.out();
        int idWidth = book.plans().entries().stream().mapToInt(e -> e.id().length()).max().orElse(0);
        int nameWidth = book.plans().entries().stream().mapToInt(e -> e.plan().name().length()).max().orElse(0);
        for (PlanEntry entry : book.plans().entries()) {
            Optional<PlanRun> run = book.state().run(entry.id());
            String weeks = entry.plan().weeks() + " weeks";
            out.println(String.format("%-" + idWidth + "s  %-" + nameWidth + "s  %8s  %s", entry.id(),
                    SafeText.line(entry.plan().name()), weeks, SafeText.line(entry.origin()))
                    + run.map(r -> "  followed since " + PlanText.day(r.start()) + ": " + PlanText.where(r.progress()))
                            .orElse(""));
        }
        List<PlanRun> active = book.state().active();
        if (!active.isEmpty()) {
            List<DueSession> due = DueSession.today(book.state(), book.routines());
            Screening screening = safety(book).screening();
            for (PlanRun run : active) {
                out.println();
                TodayPrinter.print(run, due, screening, book, out);
            }
        }
        unknown(book);
        out.println();
        HelpTable.paragraph(active.isEmpty() ? "hangtime plan start PLAN starts a plan today; hangtime today then"
                + " shows what is due each day." : "hangtime today shows what is due each day.", out);
        return ExitStatus.OK;
    }

    private int start(PlanBook book, String id) {
        Optional<PlanEntry> entry = book.plans().find(id);
        if (entry.isEmpty()) {
            return unknownPlan(book, id);
        }
        Optional<PlanRun> run = book.state().run(id);
        if (run.isPresent()) {
            HelpTable.paragraph(SafeText.line(entry.get().plan().name()) + " has been followed since "
                    + PlanText.day(run.get().start()) + ": " + PlanText.where(run.get().progress()) + ". To start it"
                    + " afresh, stop it first: hangtime plan stop " + id, console.out());
            return ExitStatus.OK;
        }
        SafetyAnswers safety = safety(book);
        if (book.inverts(entry.get()) && safety.screening() == Screening.SOMETHING_APPLIES) {
            console.err().println("hangtime plan: " + SafeText.line(entry.get().plan().name()) + " turns you upside"
                    + " down, and you said that something on the inversion safety list applies to you. "
                    + safety.alternatives() + " (hangtime safety --reset changes your answer.)");
            return ExitStatus.INVALID;
        }
        if (!PlanJournal.start(console.journals(clock.get()), id, console.notices())) {
            return ExitStatus.INVALID;
        }
        PrintStream out = console.out();
        String label = entry.get().plan().stage(1).label().map(l -> " " + SafeText.line(l) + ".").orElse("");
        HelpTable.paragraph("Started " + SafeText.line(entry.get().plan().name()) + " today, "
                + PlanText.day(book.today()) + "." + label + " A week moves on when its sessions are done and your"
                + " pain allows; hangtime today shows what is due each day.", out);
        return ExitStatus.OK;
    }

    private int stop(PlanBook book, String id) {
        if (book.plans().find(id).isEmpty() && !book.state().isActive(id)) {
            return unknownPlan(book, id);
        }
        if (!book.state().isActive(id)) {
            console.out().println(id + " is not being followed: there is nothing to stop.");
            return ExitStatus.OK;
        }
        if (!PlanJournal.stop(console.journals(clock.get()), id, console.notices())) {
            return ExitStatus.INVALID;
        }
        console.out().println("Stopped " + id + ". Its sessions stay in your history.");
        return ExitStatus.OK;
    }

    private int unknownPlan(PlanBook book, String id) {
        List<String> close = book.plans().idsCloseTo(id);
        console.err().println("hangtime plan: no plan has the id \"" + SafeText.line(id) + "\""
                + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
                + " (hangtime plan lists them)");
        return ExitStatus.INVALID;
    }

    private void unknown(PlanBook book) {
        for (String id : book.state().unknown()) {
            console.err().println("hangtime: you follow the plan " + SafeText.line(id) + ", which is gone (its file"
                    + " was removed?); hangtime plan stop " + SafeText.line(id) + " closes it.");
        }
    }

    private SafetyAnswers safety(PlanBook book) {
        return SafetyAnswersOf.console(console, clock, book::routines, console.notices());
    }
}
