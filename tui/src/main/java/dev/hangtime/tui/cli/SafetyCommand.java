package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.routines.safety.SafetyRecords;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code hangtime safety [--reset | --confirm | --applies]}: who must not invert, the answer kept and its date;
 * forgets it, or gives it here, for a script or for someone who would rather answer before their first session.
 */
final class SafetyCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("safety",
            "Who must not invert, your answer and its date. Hangtime asks before your first session with inversion,"
                    + " and again after 6 months or when the list changes.")
            .flag("reset", "Forget your answer, so that the next session with inversion asks again.")
            .flag("confirm", "Answer here that none of these applies to you and that a doctor has approved"
                    + " inversion for you.")
            .flag("applies", "Answer here that something on the list applies to you, or that you are not sure:"
                    + " inversion steps are then left out.");

    private final Console console;
    private final Supplier<Clock> clock;
    private final boolean reset;
    private final boolean confirm;
    private final boolean applies;

    SafetyCommand(Console console, Supplier<Clock> clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.reset = args.flag("reset");
        this.confirm = args.flag("confirm");
        this.applies = args.flag("applies");
    }

    @Override
    public Integer call() {
        if ((reset ? 1 : 0) + (confirm ? 1 : 0) + (applies ? 1 : 0) > 1) {
            throw new UsageException("give one of --reset, --confirm and --applies");
        }
        SafetyAnswers answers = SafetyAnswersOf.console(console, clock, new RoutineResolver(console)::library,
                console.notices());
        PrintStream out = console.out();
        if (reset) {
            return forget(answers);
        }
        if (confirm || applies) {
            boolean kept = answers.keep(confirm ? SafetyAnswer.Answer.NONE_APPLIES
                    : SafetyAnswer.Answer.SOMETHING_APPLIES);
            if (!kept) {
                return ExitStatus.INVALID;
            }
            HelpTable.paragraph("Kept. " + SafetyText.status(answers.kept(), answers.today()), out);
            if (applies) {
                HelpTable.paragraph(answers.alternatives(), out);
            }
            return ExitStatus.OK;
        }
        printList(out);
        out.println();
        HelpTable.paragraph("Your answer: " + SafetyText.status(answers.kept(), answers.today()), out);
        if (answers.screening() == Screening.SOMETHING_APPLIES) {
            HelpTable.paragraph(answers.alternatives(), out);
        }
        out.println();
        HelpTable.paragraph("hangtime safety --confirm or --applies answers here; --reset forgets the answer.", out);
        return ExitStatus.OK;
    }

    private int forget(SafetyAnswers answers) {
        if (answers.kept().isEmpty()) {
            HelpTable.paragraph("There is no answer to forget: Hangtime asks before your first session with"
                    + " inversion.", console.out());
            return ExitStatus.OK;
        }
        if (!SafetyRecords.forget(console.journals(clock.get()), console.notices())) {
            return ExitStatus.INVALID;
        }
        HelpTable.paragraph("Your answer is forgotten: Hangtime asks again before your next session with inversion.",
                console.out());
        return ExitStatus.OK;
    }

    /** The list, as the safety screen shows it: its title and version, who must not invert, and the doctor. */
    static void printList(PrintStream out) {
        out.println(SafetyList.TITLE + " (list version " + SafetyList.VERSION + ")");
        out.println();
        HelpTable.paragraph(SafetyList.INTRO, out);
        for (String condition : SafetyList.CONDITIONS) {
            out.println("  - " + condition);
        }
        HelpTable.paragraph(SafetyList.DOCTOR, out);
    }
}
