package dev.hangtime.tui.cli;

import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.tui.text.HistoryText;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hangtime history [--csv] [--limit N]}: past sessions, newest first. */
@Command(name = "history", description = "Past sessions, newest first: when, routine, how long, how it ended, pain"
        + " before and after.")
final class HistoryCommand implements Callable<Integer> {

    private final Console console;
    private final Clock clock;

    @Option(names = "--csv", description = "As CSV with a header line, every field, for a spreadsheet.")
    private boolean csv;

    @Option(names = "--limit", paramLabel = "N", description = "Only the N latest sessions.")
    private Integer limit;

    HistoryCommand(Console console) {
        this(console, Clock.systemDefaultZone());
    }

    HistoryCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit);
        }
        History history = new JournalSetup(console, clock).history();
        List<SessionRecord> sessions = history.sessions();
        if (limit != null && sessions.size() > limit) {
            sessions = sessions.subList(0, limit);
        }
        if (csv) {
            HistoryCsv.write(sessions, console.out());
        } else if (sessions.isEmpty()) {
            console.out().println("No sessions kept yet. Run one with: hangtime run ROUTINE");
        } else {
            HistoryText.write(sessions, clock.getZone(), console.out());
        }
        return Exit.OK;
    }
}
