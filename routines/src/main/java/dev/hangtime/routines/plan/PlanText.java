package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.Progress;
import dev.hangtime.core.plan.WeekValues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.text.DurationText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of plans, as {@code plan}, {@code today}, {@code history} and {@code stats} and the app say them. */
public final class PlanText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private PlanText() {
    }

    /** A day: "Monday 2 March 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A length in short words: "45 s", "1 min", "1 min 30 s". */
    public static String length(Duration d) {
        long m = d.toMinutes();
        long s = d.toSecondsPart();
        if (m == 0) {
            return s + " s";
        }
        return s == 0 ? m + " min" : m + " min " + s + " s";
    }

    /** What a week sets, in words: "20°, holds of 45 s"; empty when it sets nothing. */
    public static String values(WeekValues v) {
        List<String> parts = new ArrayList<>();
        v.angle().ifPresent(a -> parts.add(a + "°"));
        v.hold().ifPresent(h -> parts.add("holds of " + length(h)));
        v.walk().ifPresent(w -> parts.add("main walk " + length(w)));
        v.heat().ifPresent(h -> parts.add("heat " + length(h)));
        v.ice().ifPresent(i -> parts.add("ice " + length(i)));
        if (!v.reps().isEmpty()) {
            parts.add((v.reps().size() == 1 ? v.reps().get(0) + " reps" : v.reps().stream().map(String::valueOf)
                    .collect(Collectors.joining("/")) + " reps"));
        }
        v.sets().ifPresent(n -> parts.add(n + (n == 1 ? " set" : " sets")));
        return String.join(", ", parts);
    }

    /** When a session is due: "every day", "5 days a week", "days 1, 3 and 5", with "twice a day" and so on. */
    public static String when(PlanSession session) {
        String days = session.days().size() == 7 ? "every day"
                : session.days().equals(List.of(1, 2, 3, 4, 5)) ? "5 days a week"
                : "days " + and(session.days().stream().map(String::valueOf).toList());
        int perDay = session.perDay();
        return perDay == 1 ? days : days + ", " + (perDay == 2 ? "twice" : perDay + " times") + " a day";
    }

    /**
     * A session as today runs it: "Inversion: first weeks — 20°, holds of 45 s (4:30)", with its alternatives:
     * "Heat pack (or ice) (15:00)".
     */
    public static String session(PlanDay day) {
        String values = values(day.session().values());
        String or = day.session().alternatives().isEmpty() ? ""
                : " (or " + String.join(", ", day.session().alternatives()) + ")";
        return day.entry().routine().name() + (values.isEmpty() ? "" : " — " + values) + or + " ("
                + DurationText.of(Expansion.expand(day.entry().routine()).total()) + ")";
    }

    /** What there is to do about a session today, in a word or two: "to do", "done", "catch up", "week done". */
    public static String state(DueSession.State state) {
        switch (state) {
            case TO_DO:
                return "to do";
            case DONE:
                return "done";
            case CATCH_UP:
                return "catch up";
            default:
                return "week done";
        }
    }

    /** Where a plan stands: "week 3 of 8, day 16", or "finished". */
    public static String where(Progress progress) {
        if (progress.finished()) {
            return "finished on " + day(progress.weeks().get(progress.weeks().size() - 1).to());
        }
        return "week " + progress.week() + " of " + progress.plan().weeks() + ", day " + progress.day();
    }

    /**
     * Why the current week is the one it is, when the last calendar week did not advance: "Week 2 again: last week
     * had 3 of 5 sessions of Walking: an easy walk." or "Week 2 held back: a red flag on …".
     */
    public static List<String> lastWeek(Progress progress) {
        if (progress.weeks().isEmpty() || progress.finished()) {
            return List.of();
        }
        Progress.WeekResult last = progress.weeks().get(progress.weeks().size() - 1);
        switch (last.outcome()) {
            case HELD:
                return List.of("Week " + last.week() + " held back: pain gave a red flag on "
                        + day(last.redFlag().orElseThrow()) + " (8 or more, or a second session in a row that raised"
                        + " it by 2). Pause inversion, keep to gentle sessions, and see a doctor if it does not ease.");
            case REPEATED:
                return List.of("Week " + last.week() + " again: last week had " + missing(last) + ".");
            default:
                return List.of();
        }
    }

    /** "3 of 5 sessions of Walking: an easy walk" for each session that fell short. */
    private static String missing(Progress.WeekResult week) {
        return and(week.counts().stream().filter(c -> !c.met()).map(c -> c.done() + " of " + c.session().perWeek()
                + " sessions of " + c.session().routine()).toList());
    }

    /**
     * How a plan has gone, week by week, in a line: "Inversion: 8 weeks, since Monday 2 March 2026: week 3 of 8,
     * day 16. Weeks so far: 1 done, 2 again, 2 done."
     */
    public static String progress(PlanRun run) {
        Progress progress = run.progress();
        StringBuilder line = new StringBuilder(run.entry().plan().name()).append(", since ").append(day(run.start()))
                .append(": ").append(where(progress)).append('.');
        if (!progress.weeks().isEmpty()) {
            line.append(" Weeks so far: ").append(progress.weeks().stream().map(w -> w.week() + " "
                    + (w.outcome() == Progress.Outcome.ADVANCED ? "done"
                    : w.outcome() == Progress.Outcome.HELD ? "held back" : "again")).collect(Collectors.joining(", ")))
                    .append('.');
        }
        return line.toString();
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
