package dev.hangtime.routines.history;

import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.SessionRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sessions for people, a line each: when (in the zone it happened in, named when it is not the reader's),
 * routine, active time, how it ended and where, and pain before and after. {@code hangtime history} prints
 * their lines; the history screen lays the same cells out in its own columns.
 */
public final class HistoryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryText() {
    }

    /**
     * One session's cells, every one safe to print.
     *
     * @param when "2026-03-18 07:00", in the zone the session started in
     * @param zone that zone, "Asia/Tokyo", when it is not the reader's
     * @param routine the routine's name
     * @param time the active time, "10:00"
     * @param outcome "completed", or how and where it stopped
     * @param pain "pain 6 → 3", or empty when neither score was given
     * @param note what the user wrote after it
     */
    public record Row(String when, Optional<String> zone, String routine, String time, String outcome, String pain,
            Optional<String> note) {

        /** When, with the zone after it where it is not the reader's. */
        public String whenAndZone() {
            return zone.map(z -> when + " " + z).orElse(when);
        }
    }

    /** The cells of {@code s}, read in {@code here}. */
    public static Row row(SessionRecord s, ZoneId here) {
        ZoneId zone = s.start().getZone();
        Optional<String> elsewhere = zone.normalized().equals(here.normalized()) ? Optional.empty()
                : Optional.of(zone.toString());
        return new Row(WHEN.format(s.start()), elsewhere, SafeText.line(s.routine().name()), DurationText.of(s.active()),
                outcome(s), pain(s), s.note().map(SafeText::line));
    }

    /** The lines that show {@code sessions} in aligned columns, each note quoted at the end of its line. */
    public static List<String> lines(List<SessionRecord> sessions, ZoneId here) {
        List<String[]> rows = new ArrayList<>();
        for (SessionRecord s : sessions) {
            Row row = row(s, here);
            rows.add(new String[] {row.whenAndZone(), row.routine(), row.time(), row.outcome(), row.pain()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            line.append(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %-" + widths[3]
                    + "s  %s", (Object[]) row).stripTrailing());
            sessions.get(r).note().ifPresent(note -> line.append("  ").append(quoted(note)));
            lines.add(line.toString());
        }
        return lines;
    }

    /** A note as lines show it: “in quotes”, safe. */
    public static String quoted(String note) {
        return "“" + SafeText.line(note) + "”";
    }

    /** "completed", or where it stopped: "stopped at Bird-dog — left (step 5 of 20)". */
    public static String outcome(SessionRecord s) {
        if (s.ending() == Ending.COMPLETED || s.stoppedAt().isEmpty()) {
            return s.ending().word();
        }
        SessionRecord.Stop stop = s.stoppedAt().get();
        String verb = s.ending() == Ending.STOPPED ? "stopped" : "interrupted";
        String where = stop.finished() ? "after " : (s.ending() == Ending.STOPPED ? "at " : "in ");
        return verb + " " + where + SafeText.line(stop.place().title()) + " (step " + (stop.place().step() + 1)
                + " of " + s.steps() + ")";
    }

    /** "pain 6 → 3", "pain 6 → –", or nothing when neither was given. */
    public static String pain(SessionRecord s) {
        if (s.painBefore().isEmpty() && s.painAfter().isEmpty()) {
            return "";
        }
        return "pain " + score(s.painBefore()) + " → " + score(s.painAfter());
    }

    private static String score(OptionalInt score) {
        return score.isPresent() ? Integer.toString(score.getAsInt()) : "–";
    }
}
