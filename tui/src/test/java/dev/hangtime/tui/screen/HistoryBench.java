package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalContents;
import dev.hangtime.routines.journal.JournalGenerator;
import dev.hangtime.routines.journal.JournalReader;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.library.RoutineLibrary;
import java.nio.file.Path;
import java.time.Clock;

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

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args[1].equals("generate")) {
            JournalGenerator.generate(folder, Integer.parseInt(args[2]));
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
}
