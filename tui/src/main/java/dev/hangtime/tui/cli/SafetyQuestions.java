package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyGate;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.text.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The safety screen of a session run line by line: asked on the terminal when there is one, on standard error so
 * that {@code --events} stays clean; refused with what to do when nobody can be asked.
 */
final class SafetyQuestions {

    /** Enough for "yes" and some spaces; a longer line is not an answer. */
    private static final int MAX_ANSWER = 64;

    private static final String CHANGE = "(hangtime safety --reset changes your answer.)";

    /** What runs once the safety screen has had its say. */
    record Cleared(Timeline timeline, SessionSafety safety) {
    }

    private SafetyQuestions() {
    }

    /**
     * What to run of {@code timeline}, asking first when the answer is missing or out of date.
     *
     * @return empty when nothing runs; what to do has been said on standard error
     */
    static Optional<Cleared> check(Console console, SafetyAnswers answers, Timeline timeline) {
        if (!InversionFilter.inverts(timeline.routine())) {
            // Nothing to ask, and no journal to read for it.
            return Optional.of(new Cleared(timeline, SessionSafety.NONE));
        }
        SafetyGate.Decision decision = SafetyGate.decide(timeline, answers.screening());
        if (decision.kind() == SafetyGate.Kind.ASK) {
            if (!console.interactive()) {
                refuse(console.err(), timeline, answers);
                return Optional.empty();
            }
            Optional<SafetyAnswer.Answer> answer = ask(console);
            if (answer.isEmpty()) {
                console.err().println("hangtime: not answered, so the session does not start.");
                return Optional.empty();
            }
            answers.keep(answer.get());
            decision = SafetyGate.decide(timeline, answers.screening());
        }
        PrintStream err = console.err();
        switch (decision.kind()) {
            case RUN:
                return Optional.of(new Cleared(decision.timeline().orElseThrow(), decision.safety()));
            case WITHOUT_INVERSION:
                err.println("hangtime: " + decision.why().orElseThrow() + " " + answers.alternatives() + " "
                        + CHANGE);
                return Optional.of(new Cleared(decision.timeline().orElseThrow(), decision.safety()));
            default:
                err.println("hangtime: " + SafeText.line(decision.why().orElseThrow()) + " " + answers.alternatives()
                        + " " + CHANGE);
                return Optional.empty();
        }
    }

    private static void refuse(PrintStream err, Timeline timeline, SafetyAnswers answers) {
        String state;
        switch (answers.screening()) {
            case EXPIRED:
                state = "were answered more than 6 months ago";
                break;
            case LIST_CHANGED:
                state = "were answered to an earlier version of the list";
                break;
            default:
                state = "are not answered yet";
                break;
        }
        err.println("hangtime: " + SafeText.line(timeline.routine().name()) + " turns you upside down, and the"
                + " inversion safety questions " + state + ", with nobody at a terminal to answer them. Read them"
                + " with hangtime safety, then answer with hangtime safety --confirm if none applies to you and a"
                + " doctor has approved inversion, or hangtime safety --applies if something does.");
    }

    /** Asks on the terminal until y or n; empty when the input ends first. */
    private static Optional<SafetyAnswer.Answer> ask(Console console) {
        PrintStream err = console.err();
        SafetyCommand.printList(err);
        err.println();
        err.println("  y  " + SafetyList.NONE_APPLIES);
        err.println("  n  " + SafetyList.SOMETHING_APPLIES);
        while (true) {
            err.print("Type y or n and Enter: ");
            err.flush();
            Optional<String> line = readLine(console.in());
            if (line.isEmpty()) {
                err.println();
                return Optional.empty();
            }
            switch (line.get().strip().toLowerCase(Locale.ROOT)) {
                case "y":
                case "yes":
                    return Optional.of(SafetyAnswer.Answer.NONE_APPLIES);
                case "n":
                case "no":
                    return Optional.of(SafetyAnswer.Answer.SOMETHING_APPLIES);
                default:
                    break;
            }
        }
    }

    /**
     * One line, read a byte at a time so that nothing after it is taken from the session's input; empty at the end
     * of the input.
     */
    private static Optional<String> readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() <= MAX_ANSWER) {
                    line.write(b);
                }
            }
            if (b == -1 && line.size() == 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(line.toString(StandardCharsets.UTF_8));
    }
}
