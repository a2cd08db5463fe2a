package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalContents;
import dev.hangtime.routines.journal.JournalReader;
import dev.hangtime.routines.library.RoutineLibrary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Times opening the history on a large journal, for docs/terminal-app.md. Not a test: run it by hand in a fresh
 * JVM with the launcher's flags.
 *
 * <pre>
 * HistoryBench FOLDER generate N              writes N sessions of 4–15 steps, with a mark line every 30 s
 * HistoryBench FOLDER ROUNDS [library [phases]]  reads and draws it ROUNDS times; with "library", reads the
 *                                             built-in routines first, as the app has when Tab is pressed
 * </pre>
 */
public final class HistoryBench {

    private static final String HASH = "150f2b9c0e2d4f7a8b1c3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a";

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args[1].equals("generate")) {
            generate(folder, Integer.parseInt(args[2]));
            return;
        }
        int rounds = Integer.parseInt(args[1]);
        if (args.length > 2) {
            // As in the app: the library has been read (and Jackson loaded) before the history is opened.
            long l0 = System.nanoTime();
            Listing.of(RoutineLibrary.load(Path.of("/nonexistent/hangtime-bench")));
            System.out.printf("library %.1f ms%n", (System.nanoTime() - l0) / 1e6);
        }
        if (args.length > 3) {
            for (int i = 0; i < 3; i++) {
                long a = System.nanoTime();
                JournalContents contents = JournalReader.read(folder);
                long b = System.nanoTime();
                History history = History.of(contents);
                long c = System.nanoTime();
                HistoryPage.journal(history, Clock.systemDefaultZone());
                long d = System.nanoTime();
                System.out.printf("phases: lines %.1f ms, sessions %.1f ms, stats and rows %.1f ms%n", (b - a) / 1e6,
                        (c - b) / 1e6, (d - c) / 1e6);
            }
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            HistoryPage page = new HistoryPage(folder, Clock.systemDefaultZone(), null);
            page.shown();
            long t1 = System.nanoTime();
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            new Runner(screen, new Inbox(), () -> 0L, 1, Palette.colour(), Glyphs.UNICODE).paint(page, true);
            long t2 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("round %d: read %.1f ms, first frame %.1f ms, heap used %d MB, sessions %d%n", r,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20,
                    page.view().journal().get().sessions().size());
        }
    }

    private static void generate(Path folder, int sessions) throws Exception {
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
        System.out.printf("%d sessions, %d lines, %d KB%n", sessions, lines,
                Files.size(folder.resolve("laptop.jsonl")) >> 10);
    }

    private static int line(BufferedWriter out, String type, String id, OffsetDateTime wall, String rest)
            throws IOException {
        out.write("{\"v\":1,\"type\":\"" + type + "\",\"session\":\"" + id + "\",\"wall\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(wall) + "\"," + rest + "}\n");
        return 1;
    }
}
