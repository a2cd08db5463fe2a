package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.PainRecord;
import dev.hangtime.routines.journal.SessionRecord;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code hangtime history [--csv] [--limit N]}: past sessions, newest first. */
final class HistoryCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("history",
            "Past sessions, newest first: when, routine, how long, how it ended, pain before and after, and the"
                    + " pain scores given on their own.")
            .flag("csv", "As CSV with a header line, every field, for a spreadsheet.")
            .option("limit", "N", "Only the N latest sessions.");

    private final Console console;
    private final Clock clock;
    private final boolean csv;
    private final OptionalInt limit;

    HistoryCommand(Console console, Clock clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.csv = args.flag("csv");
        this.limit = args.number("limit");
    }

    @Override
    public Integer call() {
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit.getAsInt());
        }
        History history = console.history(clock);
        List<SessionRecord> sessions = history.sessions();
        if (limit.isPresent() && sessions.size() > limit.getAsInt()) {
            sessions = sessions.subList(0, limit.getAsInt());
        }
        if (csv) {
            HistoryCsv.write(sessions, console.out());
            return ExitStatus.OK;
        }
        // The pain scores given on their own, with their notes, among the sessions shown: as far back as the
        // oldest of them when the list is limited.
        List<SessionRecord> shown = sessions;
        List<PainRecord> painDays = history.painDays().stream().filter(p -> shown.size() < history.sessions().size()
                ? !p.when().isBefore(shown.get(shown.size() - 1).start()) : true).toList();
        if (sessions.isEmpty() && painDays.isEmpty()) {
            console.out().println("No sessions kept yet. Run one with: hangtime run ROUTINE");
        } else {
            HistoryText.lines(HistoryText.rows(sessions, painDays, clock.getZone())).forEach(console.out()::println);
        }
        if (!csv) {
            PlanProgress.print(console, clock, history, console.out());
        }
        return ExitStatus.OK;
    }
}
