package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sessions in two terminals append to the same device file at once: every line must come out whole,
 * none lost, each writer's lines in its own order.
 */
class ConcurrentAppendTest {

    private static final int NOTE = 4000;

    @TempDir
    Path folder;

    @Test
    void threads_eachWithItsOwnFileHandle_neverInterleaveLines() throws Exception {
        Path file = folder.resolve("laptop.jsonl");
        int writers = 6;
        int count = 150;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String name = "t" + w;
            done.add(pool.submit(() -> {
                try (AppendFile out = AppendFile.open(file, Clock.systemUTC())) {
                    go.await();
                    for (int i = 0; i < count; i++) {
                        out.append(AppendMain.line(name, i, NOTE));
                    }
                }
                return null;
            }));
        }

        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEveryLineWhole(writers, count, "t");
    }

    @Test
    void processes_appendingTogether_neverInterleaveLines() throws IOException, InterruptedException {
        Path file = folder.resolve("laptop.jsonl");
        int writers = 4;
        int count = 200;
        List<Process> processes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), AppendMain.class.getName(), file.toString(), "p" + w,
                    Integer.toString(count), Integer.toString(NOTE)).inheritIO().start());
        }

        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer finished");
            assertEquals(0, p.exitValue());
        }

        assertEveryLineWhole(writers, count, "p");
    }

    private void assertEveryLineWhole(int writers, int count, String prefix) {
        JournalContents contents = JournalReader.read(folder);
        assertEquals(List.of(), contents.problems());
        assertEquals(writers * count, contents.entries().size());
        Map<String, Integer> next = new HashMap<>();
        for (JournalEntry entry : contents.entries()) {
            String note = ((JournalLine.Pain) entry.content()).note().orElseThrow();
            String[] parts = note.split("#", 3);
            int expected = next.getOrDefault(parts[0], 0);
            assertEquals(expected, Integer.parseInt(parts[1]), "lines of " + parts[0] + " in order");
            assertEquals(NOTE, note.length());
            next.put(parts[0], expected + 1);
        }
        for (int w = 0; w < writers; w++) {
            assertEquals(count, next.get(prefix + w));
        }
    }
}
