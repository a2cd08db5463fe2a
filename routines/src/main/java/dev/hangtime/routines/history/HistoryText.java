package dev.hangtime.routines.history;

import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.PainRecord;
import dev.hangtime.routines.journal.SessionRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sessions for people, a line each: when (in the zone it happened in, named when it is not the reader's),
 * routine, active time, how it ended and where, and pain before and after; and the pain scores given on their
 * own, with their notes, among them. {@code hangtime history} prints
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
     * @param note what the user wrote after it (or with a pain score given on its own)
     * @param painDay whether it is a pain score given on its own ({@code hangtime pain}), not a session
     */
    public record Row(String when, Optional<String> zone, String routine, String time, String outcome, String pain,
            Optional<String> note, boolean painDay) {

        /** When, with the zone after it where it is not the reader's. */
        public String whenAndZone() {
            return zone.map(z -> when + " " + z).orElse(when);
        }
    }

    /** The cells of {@code s}, read in {@code here}. */
    public static Row row(SessionRecord s, ZoneId here) {
        return new Row(WHEN.format(s.start()), elsewhere(s.start().getZone(), here), SafeText.line(s.routine().name()),
                DurationText.of(s.active()), outcome(s), pain(s), s.note().map(SafeText::line), false);
    }

    /** The cells of a pain score given on its own, with its note, read in {@code here}. */
    public static Row row(PainRecord p, ZoneId here) {
        return new Row(WHEN.format(p.when()), elsewhere(p.when().getZone(), here), "Pain score", "", "on its own",
                "pain " + score(p.score()), p.note().map(SafeText::line), true);
    }

    private static Optional<String> elsewhere(ZoneId zone, ZoneId here) {
        return zone.normalized().equals(here.normalized()) ? Optional.empty() : Optional.of(zone.toString());
    }

    /**
     * The sessions and the pain scores given on their own, the newest first, a row each: how the back did,
     * every day there is something of it.
     */
    public static List<Row> rows(List<SessionRecord> sessions, List<PainRecord> painDays, ZoneId here) {
        record Dated(java.time.Instant at, Row row) {
        }
        List<Dated> all = new ArrayList<>(sessions.size() + painDays.size());
        sessions.forEach(s -> all.add(new Dated(s.start().toInstant(), row(s, here))));
        painDays.forEach(p -> all.add(new Dated(p.when().toInstant(), row(p, here))));
        // Stable, so that sessions keep history's order among themselves.
        all.sort(java.util.Comparator.comparing(Dated::at).reversed());
        return all.stream().map(Dated::row).toList();
    }

    /** The lines that show {@code rows} in aligned columns, each note quoted at the end of its line. */
    public static List<String> lines(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(new String[] {row.whenAndZone(), row.routine(), row.time(), row.outcome(), row.pain()});
        }
        // At least 1: a column that is empty in every row (time, for pain scores alone) is still a valid width.
        int[] widths = {1, 1, 1, 1, 1};
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>(cells.size());
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            StringBuilder line = new StringBuilder();
            line.append(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %-" + widths[3]
                    + "s  %s", (Object[]) row).stripTrailing());
            rows.get(r).note().ifPresent(note -> line.append("  ").append(quotedSafe(note)));
            lines.add(line.toString());
        }
        return lines;
    }

    /** The lines that show {@code sessions} alone, in aligned columns. */
    public static List<String> lines(List<SessionRecord> sessions, ZoneId here) {
        return lines(rows(sessions, List.of(), here));
    }

    /** A note as lines show it: “in quotes”, safe. */
    public static String quoted(String note) {
        return quotedSafe(SafeText.line(note));
    }

    private static String quotedSafe(String safeNote) {
        return "“" + safeNote + "”";
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
