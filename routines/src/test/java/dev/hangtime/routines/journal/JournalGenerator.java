package dev.hangtime.routines.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a large journal as a daily user's years of sessions would leave it: one device file, sessions of 4–15
 * steps of 30 s to 3 min each, a mark line every 30 s, a pain score after each. The same seed gives the same file,
 * byte for byte. The history screen's bench ({@code tui/.../screen/HistoryBench}) uses it too.
 */
public final class JournalGenerator {

    private static final String HASH = "150f2b9c0e2d4f7a8b1c3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a";

    private JournalGenerator() {
    }

    /** Writes {@code sessions} sessions to {@code folder/laptop.jsonl}; gives the number of lines. */
    public static long generate(Path folder, int sessions) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(1);
        String[][] routines = {{"inversion-first-weeks", "Inversion: first weeks", "inversion"},
            {"core-basics", "Core basics", "exercise"}, {"walking", "Walking", "walk"}, {"heat", "Heat", "heat"},
            {"ice", "Ice", "ice"}};
        OffsetDateTime at = OffsetDateTime.of(2023, 6, 1, 7, 30, 0, 0, ZoneOffset.ofHours(2));
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("laptop.jsonl"))) {
            for (int n = 0; n < sessions; n++) {
                String id = String.format("00000000-0000-4000-8000-%012d", n);
                String[] r = routines[random.nextInt(routines.length)];
                int segments = 4 + random.nextInt(12);
                int length = 30 + random.nextInt(150);
                lines += line(out, "session-start", id, at, "\"zone\":\"Europe/Paris\",\"routine\":{\"id\":\"" + r[0]
                        + "\",\"name\":\"" + r[1] + "\",\"hash\":\"" + HASH + "\"},"
                        + "\"segments\":" + segments + ",\"planned\":" + segments * length + ",\"painBefore\":"
                        + random.nextInt(10) + ",\"pid\":13474,\"pidStarted\":\"2026-03-02T06:29:58.910Z\"");
                int t = 0;
                for (int i = 0; i < segments; i++) {
                    String place = "\"index\":" + i + ",\"kind\":\"" + r[2] + "\",\"title\":\"" + r[1] + " " + i + "\"";
                    lines += line(out, "segment-start", id, at.plusSeconds(t), "\"t\":" + t + "," + place
                            + ",\"length\":" + length);
                    for (int m = 30; m < length; m += 30) {
                        lines += line(out, "mark", id, at.plusSeconds(t + m), "\"t\":" + (t + m) + ",\"index\":" + i
                                + ",\"spent\":" + m);
                    }
                    t += length;
                    lines += line(out, "segment-end", id, at.plusSeconds(t), "\"t\":" + t + "," + place
                            + ",\"completed\":true,\"spent\":" + length);
                }
                lines += line(out, "session-end", id, at.plusSeconds(t), "\"zone\":\"Europe/Paris\",\"t\":" + t
                        + ",\"how\":\"completed\",\"active\":" + t);
                lines += line(out, "pain", id, at.plusSeconds(t + 30),
                        "\"zone\":\"Europe/Paris\",\"afterSession\":true,\"score\":" + random.nextInt(10));
                at = at.plusHours(20);
            }
        }
        return lines;
    }

    private static int line(BufferedWriter out, String type, String id, OffsetDateTime wall, String rest)
            throws IOException {
        out.write("{\"v\":1,\"type\":\"" + type + "\",\"session\":\"" + id + "\",\"wall\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(wall) + "\"," + rest + "}\n");
        return 1;
    }
}
