package dev.hangtime.routines.history;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.Stats;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The words and figures of the stats, shared by {@code hangtime stats} and the history screen. */
public final class StatsText {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private StatsText() {
    }

    /** "Streak: 3 days in a row, today included." */
    public static String streak(Stats stats) {
        if (stats.streak() == 0) {
            return "Streak: no session yesterday or today yet.";
        }
        String days = stats.streak() == 1 ? "1 day" : stats.streak() + " days in a row";
        return "Streak: " + days + (stats.sessionToday() ? ", today included." : ", up to yesterday: one today keeps it going.");
    }

    /** "Pain before (or on a day without a session): 6.0 on average; from 7.0 in the week of 26 Jan 2026 to …". */
    public static String trend(Stats stats, boolean before) {
        OptionalDouble average = before ? stats.painBefore() : stats.painAfter();
        String label = before ? "Pain before (or on a day without a session): " : "Pain after a session: ";
        if (average.isEmpty()) {
            return label + "no scores in these " + Stats.WEEKS + " weeks.";
        }
        Optional<Stats.Week> first = stats.weeks().stream().filter(w -> pain(w, before).isPresent()).findFirst();
        Optional<Stats.Week> last = stats.weeks().stream().filter(w -> pain(w, before).isPresent())
                .reduce((a, b) -> b);
        String text = label + score(average) + " on average";
        if (first.isPresent() && !first.get().equals(last.get())) {
            text += "; from " + score(pain(first.get(), before)) + " in the week of " + week(first.get().monday())
                    + " to " + score(pain(last.get(), before)) + " in the week of " + week(last.get().monday());
        }
        return text + ".";
    }

    /** A week's average "before" or "after" score. */
    public static OptionalDouble pain(Stats.Week week, boolean before) {
        return before ? week.painBefore() : week.painAfter();
    }

    /** The week that starts on {@code monday}: "16 Mar 2026". */
    public static String week(LocalDate monday) {
        return WEEK.format(monday);
    }

    /** The same without the year, where the columns are narrow: "16 Mar". */
    public static String shortWeek(LocalDate monday) {
        return SHORT_WEEK.format(monday);
    }

    /** A kind of {@link Stats#KINDS} as the stats name it: exercise is "core" to the user. */
    public static String kind(SegmentKind kind) {
        return kind == SegmentKind.EXERCISE ? "core" : kind.name().toLowerCase(Locale.ROOT);
    }

    /** Whole minutes, to the nearest. */
    public static long minutes(Duration d) {
        return (d.toSeconds() + 30) / 60;
    }

    /** An average score to one decimal, "5.5"; "–" when there is none. */
    public static String score(OptionalDouble score) {
        return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "–";
    }
}
