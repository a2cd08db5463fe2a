package dev.hangtime.tui.cli;

import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.tui.text.Clock;
import dev.hangtime.tui.text.SafeText;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Sessions for people, a line each: when (in the zone it happened in, named when it is not the reader's),
 * routine, active time, how it ended and where, and pain before and after.
 */
final class HistoryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryText() {
    }

    static void write(List<SessionRecord> sessions, ZoneId here, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        for (SessionRecord s : sessions) {
            String when = WHEN.format(s.start())
                    + (s.start().getZone().normalized().equals(here.normalized()) ? "" : " " + s.start().getZone());
            rows.add(new String[] {when, SafeText.line(s.routine().name()), Clock.of(s.active()), outcome(s),
                    pain(s)});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            line.append(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %-" + widths[3]
                    + "s  %s", (Object[]) row).stripTrailing());
            sessions.get(r).note().ifPresent(note -> line.append("  “").append(SafeText.line(note)).append('”'));
            out.println(line);
        }
    }

    /** "completed", or where it stopped: "stopped at Bird-dog — left (step 5 of 20)". */
    static String outcome(SessionRecord s) {
        if (s.ending() == Ending.COMPLETED || s.stoppedAt().isEmpty()) {
            return s.ending().word();
        }
        SessionRecord.Stop stop = s.stoppedAt().get();
        String verb = s.ending() == Ending.STOPPED ? "stopped" : "interrupted";
        String where = stop.finished() ? "after " : (s.ending() == Ending.STOPPED ? "at " : "in ");
        return verb + " " + where + SafeText.line(stop.place().title()) + " (step " + (stop.place().index() + 1)
                + " of " + s.segments() + ")";
    }

    /** "pain 6 → 3", "pain 6 → –", or nothing when neither was given. */
    private static String pain(SessionRecord s) {
        if (s.painBefore().isEmpty() && s.painAfter().isEmpty()) {
            return "";
        }
        return "pain " + score(s.painBefore()) + " → " + score(s.painAfter());
    }

    private static String score(OptionalInt score) {
        return score.isPresent() ? Integer.toString(score.getAsInt()) : "–";
    }
}
