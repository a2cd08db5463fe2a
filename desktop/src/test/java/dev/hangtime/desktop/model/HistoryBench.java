package dev.hangtime.desktop.model;

import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Times the history page's model on a large journal, for docs/desktop.md: what the page waits for, off the
 * window's thread, before its charts and list fill in. Not a test: run it by hand in a fresh JVM.
 *
 * <pre>
 * HistoryBench FOLDER generate N    writes N sessions of 4–15 steps
 * HistoryBench FOLDER ROUNDS        reads the journal and makes the model ROUNDS times, each timed
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
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            long start = System.nanoTime();
            History history = History.read(folder);
            long read = System.nanoTime();
            HistoryModel model = HistoryModel.of(history, LocalDate.now(), ZoneId.systemDefault());
            long made = System.nanoTime();
            System.out.printf("round %d: journal read %.1f ms, model %.1f ms, %d rows%n", round + 1,
                    (read - start) / 1e6, (made - read) / 1e6, model.rows().size());
        }
    }
}
