package dev.hangtime.tui.cli;

import dev.hangtime.routines.journal.DeviceName;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalProblem;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumeClaim;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.tui.text.SafeText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a command finds the journal, which device it writes as, and how it tells of trouble with it. */
final class JournalSetup {

    private final Console console;
    private final Clock clock;
    private final Path folder;

    JournalSetup(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
        this.folder = HangtimePaths.of(console.environment(), console.userHome()).journal();
    }

    Clock clock() {
        return clock;
    }

    String device() {
        return DeviceName.local(console.environment());
    }

    /**
     * A writer for this device's journal; trouble writing it is said once on standard error, with
     * {@code consequence} after it.
     */
    JournalWriter writer(String consequence) {
        return writer(consequence, console.err()::println);
    }

    /** A writer for this device's journal; trouble writing it is told to {@code warn}, with the consequence. */
    JournalWriter writer(String consequence, Consumer<String> warn) {
        return JournalWriter.open(folder, device(), clock,
                trouble -> warn.accept("hangtime: " + SafeText.line(trouble) + "; " + consequence));
    }

    /**
     * Takes the cut-off session {@code plan} picks up for this process, so that a second {@code resume} started
     * at the same moment does not pick it up too; why not, in words for the user, when another took it first.
     * Trouble writing the journal is said by the session's own writer, which follows.
     */
    Optional<String> claim(ResumePlan plan) {
        JournalWriter writer = writer("", trouble -> { });
        try {
            return ResumeClaim.take(writer, clock, plan);
        } finally {
            writer.close();
        }
    }

    /** Every device's sessions, with what could not be read said on standard error. */
    History history() {
        History history = History.read(folder);
        for (JournalProblem problem : history.problems()) {
            console.err().println("hangtime: journal: " + SafeText.line(problem.toString()));
        }
        return history;
    }

    /** Every device's sessions, with what could not be read left unsaid: for when the app has the screen. */
    History silentHistory() {
        return History.read(folder);
    }

    /** The routine as the journal keeps it; a routine run from a file keeps the file's path, to find it again. */
    static RoutineRef ref(LibraryEntry entry) {
        Optional<String> file = entry.file().map(p -> p.toAbsolutePath().toString());
        return new RoutineRef(entry.id(), entry.routine().name(), RoutineHash.of(entry.routine()), file);
    }
}
