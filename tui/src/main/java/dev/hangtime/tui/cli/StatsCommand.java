package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.history.StatsText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.Stats;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code hangtime stats}: the streak, minutes per week by kind, and how pain moves. */
final class StatsCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("stats", "Your streak of days with a session, minutes per week"
            + " by kind over the last 8 weeks, and pain before and after, week by week.");

    private final Console console;
    private final Clock clock;

    StatsCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        History history = console.history(clock);
        Stats stats = Stats.of(history, LocalDate.now(clock));
        PrintStream out = console.out();
        out.println(StatsText.streak(stats));
        out.println();
        out.println("Minutes per week  inversion  core  walk  heat  ice  sessions  pain before  after");
        for (Stats.Week week : stats.weeks()) {
            StringBuilder line = new StringBuilder(String.format("%-16s", StatsText.week(week.monday())));
            for (SegmentKind kind : Stats.KINDS) {
                int width = kind == SegmentKind.INVERSION ? 11 : kind == SegmentKind.ICE ? 5 : 6;
                line.append(String.format("%" + width + "d", StatsText.minutes(week.time().get(kind))));
            }
            line.append(String.format("%10d%13s%7s", week.sessions(), StatsText.score(week.painBefore()),
                    StatsText.score(week.painAfter())));
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(StatsText.trend(stats, true));
        out.println(StatsText.trend(stats, false));
        PlanProgress.print(console, clock, history, out);
        return ExitStatus.OK;
    }
}
