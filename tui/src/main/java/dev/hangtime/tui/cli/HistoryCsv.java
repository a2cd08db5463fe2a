package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.journal.Stats;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Sessions as CSV (RFC 4180): a header line, then a line per session with every field history knows. */
final class HistoryCsv {

    static final String HEADER = "start,zone,end,routine_id,routine_name,active_seconds,ending,stopped_at_step,"
            + "stopped_at,completed_steps,skipped_steps,steps,pain_before,pain_after,inversion_seconds,core_seconds,"
            + "walk_seconds,heat_seconds,ice_seconds,note,device,session";

    private HistoryCsv() {
    }

    static void write(List<SessionRecord> sessions, PrintStream out) {
        // CRLF, as RFC 4180 has it, so that every spreadsheet reads it alike.
        out.print(HEADER + "\r\n");
        for (SessionRecord s : sessions) {
            List<String> fields = new ArrayList<>();
            fields.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.start()));
            fields.add(s.start().getZone().getId());
            fields.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.end()));
            fields.add(s.routine().id());
            fields.add(s.routine().name());
            fields.add(seconds(s.active()));
            fields.add(s.ending().word());
            fields.add(s.stoppedAt().map(stop -> Integer.toString(stop.place().step() + 1)).orElse(""));
            fields.add(s.stoppedAt().map(stop -> stop.place().title()).orElse(""));
            fields.add(Integer.toString(s.completed()));
            fields.add(Integer.toString(s.skipped()));
            fields.add(Integer.toString(s.steps()));
            fields.add(score(s.painBefore()));
            fields.add(score(s.painAfter()));
            for (SegmentKind kind : Stats.KINDS) {
                fields.add(seconds(s.time(kind)));
            }
            fields.add(s.note().orElse(""));
            fields.add(s.device());
            fields.add(s.id().toString());
            // A synced journal is written by other devices: nothing in it reaches the terminal as a control code.
            out.print(String.join(",", fields.stream().map(f -> quote(SafeText.block(f))).toList()) + "\r\n");
        }
        out.flush();
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String score(OptionalInt score) {
        return score.isPresent() ? Integer.toString(score.getAsInt()) : "";
    }

    /** Quoted when it holds a comma, a quote or a line break; a formula-like start is kept as text by a quote. */
    static String quote(String field) {
        String f = field;
        // A spreadsheet would run "=…" from a routine name or note as a formula.
        if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9.]+")) {
            f = "'" + f;
        }
        if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
            return "\"" + f.replace("\"", "\"\"") + "\"";
        }
        return f;
    }
}
