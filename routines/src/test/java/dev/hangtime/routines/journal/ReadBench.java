package dev.hangtime.routines.journal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times reading a large journal, for docs/journal.md. Not a test: run it by hand, with the test classpath
 * (1000 3000 10000 sessions if none are given):
 *
 * <pre>
 * ./mvnw -q -pl routines -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp -Dmdep.includeScope=test
 * java -cp routines/target/test-classes:routines/target/classes:$(cat /tmp/cp) \
 *     dev.hangtime.routines.journal.ReadBench [SESSIONS...]
 * </pre>
 *
 * <p>Each size is written once to {@code $TMPDIR/hangtime-read-bench/N}, then read in a fresh JVM with the
 * launcher's flags ({@code hangtime}: serial collector, 64 MB heap, C1 only), ten times: the first read, with
 * every class loaded for it, then the median of the nine after. Heap "after" is what is in use right after a
 * read; "kept" what is left after a full collection while the history is still held; "peak old" the most the
 * old generation ever held, the best sign of what a read needs.
 */
public final class ReadBench {

    static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-Xms8m", "-Xmx64m", "-Xss512k",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:GuaranteedSafepointInterval=0", "-XX:AsyncDeflationInterval=0");

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        Arrays.stream(args.length == 0 ? new String[] {"1000", "3000", "10000"} : args)
                .forEach(a -> sizes.add(Integer.parseInt(a)));
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "hangtime-read-bench");
        for (int n : sizes) {
            Path folder = root.resolve(Integer.toString(n));
            if (!Files.exists(folder.resolve("laptop.jsonl"))) {
                long lines = JournalGenerator.generate(folder, n);
                System.out.printf("%d sessions: %d lines, %.1f MB%n", n, lines,
                        Files.size(folder.resolve("laptop.jsonl")) / 1e6);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(LAUNCHER_FLAGS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(),
                    folder.toString(), "10"));
            Process child = new ProcessBuilder(command).inheritIO().start();
            child.waitFor();
        }
    }

    /** Reads one folder in the JVM it was started in. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            int rounds = Integer.parseInt(args[1]);
            double[] ms = new double[rounds];
            long after = 0;
            int sessions = 0;
            History kept = null;
            try {
                for (int r = 0; r < rounds; r++) {
                    kept = null;
                    long t0 = System.nanoTime();
                    kept = History.read(folder);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    Runtime rt = Runtime.getRuntime();
                    after = Math.max(after, rt.totalMemory() - rt.freeMemory());
                    sessions = kept.sessions().size();
                }
            } catch (OutOfMemoryError e) {
                kept = null;
                System.out.printf("%s: out of memory%n", folder.getFileName());
                return;
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long held = rt.totalMemory() - rt.freeMemory();
            long oldPeak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                    oldPeak = pool.getPeakUsage().getUsed();
                }
            }
            double[] warm = Arrays.copyOfRange(ms, 1, rounds);
            Arrays.sort(warm);
            System.out.printf("%s sessions (%d read): first %.0f ms, warm %.0f ms; heap after %.1f MB, kept %.1f MB,"
                    + " peak old %.1f MB%n", folder.getFileName(), sessions, ms[0], warm[warm.length / 2],
                    after / 1e6, held / 1e6, oldPeak / 1e6);
            kept.problems().forEach(p -> System.out.println("  " + p));
        }
    }
}
