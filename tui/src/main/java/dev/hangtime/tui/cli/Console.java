package dev.hangtime.tui.cli;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalProblem;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.session.JournalSetup;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command reads and writes: its streams, environment and home folder, passed in so that tests run
 * the real commands against temporary folders and captured output.
 *
 * @param interactive whether standard input and output are a terminal
 */
public record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment,
        Path userHome, boolean interactive) {

    /** This console with its output going to {@code newOut} and {@code newErr}. */
    Console withOutput(PrintStream newOut, PrintStream newErr) {
        return new Console(in, newOut, newErr, environment, userHome, interactive);
    }

    /** Where this user's files are. */
    HangtimePaths paths() {
        return HangtimePaths.of(environment, userHome);
    }

    /** This user's journal, written as this device, stamped by {@code clock}. */
    JournalSetup journals(Clock clock) {
        return new JournalSetup(paths(), environment, clock);
    }

    /** What the shared layer tells, said on standard error after the program's name. */
    Notices notices() {
        return notice -> err.println("hangtime: " + notice.message());
    }

    /** Every device's sessions, with what could not be read said on standard error. */
    History history(Clock clock) {
        History history = journals(clock).history();
        for (JournalProblem problem : history.problems()) {
            err.println("hangtime: journal: " + SafeText.line(problem.toString()));
        }
        return history;
    }
}
