package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.Stats;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code hangtime stats}: the streak, minutes per week by kind, and how pain moves. */
final class StatsCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("stats", "Your streak of days with a session, minutes per week"
            + " by kind over the last 8 weeks, and pain before and after, week by week.");

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Console console;
    private final Clock clock;

    StatsCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Stats stats = Stats.of(new JournalSetup(console, clock).history(), LocalDate.now(clock));
        PrintStream out = console.out();
        out.println(streak(stats));
        out.println();
        out.println("Minutes per week  inversion  core  walk  heat  ice  sessions  pain before  after");
        for (Stats.Week week : stats.weeks()) {
            StringBuilder line = new StringBuilder(String.format("%-16s", WEEK.format(week.monday())));
            for (SegmentKind kind : Stats.KINDS) {
                int width = kind == SegmentKind.INVERSION ? 11 : kind == SegmentKind.ICE ? 5 : 6;
                line.append(String.format("%" + width + "d", minutes(week.time().get(kind))));
            }
            line.append(String.format("%10d%13s%7s", week.sessions(), score(week.painBefore()),
                    score(week.painAfter())));
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(trend(stats, "before", true));
        out.println(trend(stats, "after", false));
        return Exit.OK;
    }

    private static String streak(Stats stats) {
        if (stats.streak() == 0) {
            return "Streak: no session yesterday or today yet.";
        }
        String days = stats.streak() == 1 ? "1 day" : stats.streak() + " days in a row";
        return "Streak: " + days + (stats.sessionToday() ? ", today included." : ", up to yesterday: one today keeps it going.");
    }

    /** "Pain before: 6.0 on average; from 7.0 in the week of 26 Jan 2026 to 4.0 in the week of 16 Mar 2026." */
    private static String trend(Stats stats, String which, boolean before) {
        OptionalDouble average = before ? stats.painBefore() : stats.painAfter();
        String label = "Pain " + which + (before ? " (or on a day without a session)" : " a session") + ": ";
        if (average.isEmpty()) {
            return label + "no scores in these 8 weeks.";
        }
        Optional<Stats.Week> first = stats.weeks().stream().filter(w -> pick(w, before).isPresent()).findFirst();
        Optional<Stats.Week> last = stats.weeks().stream().filter(w -> pick(w, before).isPresent())
                .reduce((a, b) -> b);
        String text = label + score(average) + " on average";
        if (first.isPresent() && !first.get().equals(last.get())) {
            text += "; from " + score(pick(first.get(), before)) + " in the week of " + WEEK.format(first.get().monday())
                    + " to " + score(pick(last.get(), before)) + " in the week of " + WEEK.format(last.get().monday());
        }
        return text + ".";
    }

    private static OptionalDouble pick(Stats.Week week, boolean before) {
        return before ? week.painBefore() : week.painAfter();
    }

    /** Whole minutes, to the nearest. */
    static long minutes(Duration d) {
        return (d.toSeconds() + 30) / 60;
    }

    private static String score(OptionalDouble score) {
        return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "–";
    }
}
