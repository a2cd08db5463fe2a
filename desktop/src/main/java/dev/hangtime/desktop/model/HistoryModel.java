package dev.hangtime.desktop.model;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.history.StatsText;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalProblem;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.journal.Stats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The history page: the same figures as {@code hangtime stats} and the terminal's history, ready for charts. Made
 * off the window's thread, since a long journal takes a while to read.
 *
 * @param streak "Streak: 3 days in a row, today included."
 * @param trends the pain before and after, over the weeks, in a sentence each
 * @param weeks the weeks of the stats, oldest first, as the chart's axis names them: "16 Mar"
 * @param minutes for each kind of {@link Stats#KINDS}, named as the stats name it, the whole minutes of each week
 * @param pain the sessions with a pain score before or after, oldest first, at most {@link #PAIN_SESSIONS}
 * @param rows every session and pain score given on its own, newest first, as the terminal's history lists them
 * @param problems what could not be read in the journal, one line each
 */
public record HistoryModel(String streak, List<String> trends, List<String> weeks, Map<String, List<Long>> minutes,
        List<PainPoint> pain, List<HistoryText.Row> rows, List<String> problems) {

    /** How many of the latest sessions the pain chart shows. */
    public static final int PAIN_SESSIONS = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /**
     * A session on the pain chart.
     *
     * @param label its place on the axis: "12. 16 Mar", numbered so that two sessions on a day stay apart
     */
    public record PainPoint(String label, OptionalInt before, OptionalInt after) {
    }

    public HistoryModel {
        trends = List.copyOf(trends);
        weeks = List.copyOf(weeks);
        // In the stats' order of kinds, which the chart's legend keeps.
        minutes = Collections.unmodifiableMap(new LinkedHashMap<>(minutes));
        pain = List.copyOf(pain);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The history of {@code history} as of {@code today}, times read in {@code here}. */
    public static HistoryModel of(History history, LocalDate today, ZoneId here) {
        Stats stats = Stats.of(history, today);
        List<String> weeks = stats.weeks().stream().map(w -> StatsText.shortWeek(w.monday())).toList();
        Map<String, List<Long>> minutes = new LinkedHashMap<>();
        for (SegmentKind kind : Stats.KINDS) {
            minutes.put(StatsText.kind(kind),
                    stats.weeks().stream().map(w -> StatsText.minutes(w.time().get(kind))).toList());
        }
        List<SessionRecord> scored = history.sessions().stream()
                .filter(s -> s.painBefore().isPresent() || s.painAfter().isPresent())
                .sorted(Comparator.comparing(SessionRecord::start)).toList();
        List<SessionRecord> latest = scored.subList(Math.max(0, scored.size() - PAIN_SESSIONS), scored.size());
        List<PainPoint> pain = new ArrayList<>();
        int number = scored.size() - latest.size();
        for (SessionRecord session : latest) {
            pain.add(new PainPoint(++number + ". " + DAY.format(session.start().withZoneSameInstant(here)),
                    session.painBefore(), session.painAfter()));
        }
        List<String> problems = history.problems().stream().map(JournalProblem::toString).map(SafeText::line)
                .toList();
        return new HistoryModel(StatsText.streak(stats), List.of(StatsText.trend(stats, true),
                StatsText.trend(stats, false)), weeks, minutes, pain,
                HistoryText.rows(history.sessions(), history.painDays(), here), problems);
    }
}
