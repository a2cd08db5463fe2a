package dev.hangtime.tui.screen;

import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalContents;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Journal files for the history screen's tests, written line by line as the journal writes them. */
final class Journals {

    /** Noon on Wednesday 18 March 2026, in Paris. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-18T11:00:00Z"), ZoneId.of("Europe/Paris"));

    /** A journal with nothing in it. */
    static final Supplier<History> EMPTY = () -> History.of(new JournalContents(List.of(), List.of()));

    private static int sessions;

    private Journals() {
    }

    /**
     * Twelve sessions over six weeks, the latest this morning, in Paris unless said; a pain score on a day without
     * a session.
     */
    static String twelveSessions() {
        return String.join("",
                session("2026-03-18T07:30:00+01:00", "Morning inversion", "completed", 5, 3, null,
                        "inversion", "Inversion 20°", 300),
                session("2026-03-17T19:00:00+01:00", "Heat and ice", "completed", 6, 4, "stiff after the drive",
                        "heat", "Heat", 900, "ice", "Ice", 900),
                session("2026-03-16T08:00:00+01:00", "Core basics", "stopped", 6, null, null,
                        "exercise", "Plank", 300, "exercise", "Bird-dog — left", 300),
                session("2026-03-12T18:00:00+01:00", "Walking", "completed", null, null, null,
                        "walk", "Walk", 1200),
                session("2026-03-10T18:00:00+01:00", "Heat and ice", "completed", 7, 5, null,
                        "heat", "Heat", 900, "ice", "Ice", 900),
                pain("2026-03-08T20:00:00+01:00", 8),
                session("2026-03-05T07:30:00+01:00", "Morning inversion", "completed", 7, 6, null,
                        "inversion", "Inversion 20°", 300),
                session("2026-02-26T18:00:00+01:00", "Walking", null, null, null, null,
                        "walk", "Walk", 1200),
                session("2026-02-19T08:00:00+01:00", "Core basics", "completed", 8, 6, null,
                        "exercise", "Plank", 300, "exercise", "Bird-dog — left", 300),
                session("2026-02-18T08:00:00+01:00", "Core basics", "completed", 8, 7, null,
                        "exercise", "Plank", 300, "exercise", "Bird-dog — left", 300),
                session("2026-02-17T08:00:00+01:00", "Core basics", "completed", 8, null, null,
                        "exercise", "Plank", 300, "exercise", "Bird-dog — left", 300),
                session("2026-02-11T07:00:00+09:00", "Ice", "completed", null, null, null,
                        "ice", "Ice", 600),
                session("2026-01-05T08:00:00+01:00", "Ice", "completed", 9, 8, null,
                        "ice", "Ice", 600));
    }

    /**
     * One session's lines: {@code how} "completed", "stopped" (in its last segment, half-way) or null for one cut
     * off in its last segment; {@code segments} as kind, title, seconds.
     */
    static String session(String start, String routine, String how, Integer before, Integer after, String note,
            Object... segments) {
        String id = String.format("00000000-0000-4000-8000-%012d", ++sessions);
        OffsetDateTime at = OffsetDateTime.parse(start);
        String zone = at.getOffset().getTotalSeconds() == 9 * 3600 ? "Asia/Tokyo" : "Europe/Paris";
        int count = segments.length / 3;
        int planned = 0;
        for (int i = 0; i < count; i++) {
            planned += (Integer) segments[i * 3 + 2];
        }
        List<String> lines = new ArrayList<>();
        String routineId = routine.toLowerCase().replace(' ', '-');
        lines.add(line("session-start", id, at, "\"zone\":\"" + zone + "\",\"routine\":{\"id\":\"" + routineId
                + "\",\"name\":\"" + routine + "\",\"hash\":\"h\"},\"segments\":" + count
                + ",\"planned\":" + planned + (before == null ? "" : ",\"painBefore\":" + before) + ",\"pid\":1"));
        int t = 0;
        for (int i = 0; i < count; i++) {
            String kind = (String) segments[i * 3];
            String title = (String) segments[i * 3 + 1];
            int length = (Integer) segments[i * 3 + 2];
            String place = "\"index\":" + i + ",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\"";
            lines.add(line("segment-start", id, at.plusSeconds(t), "\"t\":" + t + "," + place + ",\"length\":"
                    + length));
            boolean lastOne = i == count - 1;
            if (lastOne && how == null) {
                lines.add(line("mark", id, at.plusSeconds(t + 120), "\"t\":" + (t + 120) + ",\"index\":" + i
                        + ",\"spent\":120"));
                t += 120;
                break;
            }
            int spent = lastOne && how.equals("stopped") ? length / 2 : length;
            t += spent;
            lines.add(line("segment-end", id, at.plusSeconds(t), "\"t\":" + t + "," + place + ",\"completed\":"
                    + (spent == length) + ",\"spent\":" + spent));
        }
        if (how != null) {
            lines.add(line("session-end", id, at.plusSeconds(t), "\"zone\":\"" + zone + "\",\"t\":" + t + ",\"how\":\""
                    + how + "\",\"active\":" + t));
        }
        if (after != null || note != null) {
            lines.add(line("pain", id, at.plusSeconds(t + 60), "\"zone\":\"" + zone + "\",\"afterSession\":true"
                    + (after == null ? "" : ",\"score\":" + after)
                    + (note == null ? "" : ",\"note\":\"" + note + "\"")));
        }
        return String.join("", lines);
    }

    /** A pain score given on a day without a session. */
    static String pain(String when, int score) {
        String id = String.format("00000000-0000-4000-9000-%012d", ++sessions);
        return line("pain", id, OffsetDateTime.parse(when), "\"zone\":\"Europe/Paris\",\"afterSession\":false,"
                + "\"score\":" + score);
    }

    private static String line(String type, String id, OffsetDateTime wall, String rest) {
        return "{\"v\":1,\"type\":\"" + type + "\",\"session\":\"" + id + "\",\"wall\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(wall) + "\"," + rest + "}\n";
    }
}
