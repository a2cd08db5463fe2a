import dev.hangtime.core.routine.Expansion;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How long reading and expanding a 1,000-step routine takes once the JVM is warm (target: 20 ms).
 *
 * <p>Run from the repository root after building:
 * {@code java -cp tui/target/hangtime.jar bench/LoadBench.java}
 */
public class LoadBench {

    public static void main(String[] args) {
        byte[] file = thousandSteps();
        int warmup = 300;
        int runs = 300;
        long[] nanos = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            ReadResult result = RoutineReader.read("bench.json", file);
            int segments = Expansion.expand(result.routine().orElseThrow()).segments().size();
            long took = System.nanoTime() - start;
            if (segments != 1000) {
                throw new AssertionError("expected 1000 segments, got " + segments);
            }
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("read + expand a 1,000-step routine (%d bytes), %d warm runs after %d warm-ups:%n",
                file.length, runs, warmup);
        System.out.printf("  median %.2f ms, p99 %.2f ms, worst %.2f ms%n", nanos[runs / 2] / 1e6,
                nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }

    private static byte[] thousandSteps() {
        StringBuilder json = new StringBuilder("{\"hangtime\": 1, \"name\": \"Thousand\", \"steps\": [\n");
        String[] kinds = {
            "{\"type\": \"inversion\", \"angle\": 30, \"hold\": \"30s\", \"note\": \"Breathe slowly.\"}",
            "{\"type\": \"exercise\", \"name\": \"Bird-dog\", \"work\": \"20s\"}",
            "{\"type\": \"walk\", \"duration\": \"1m\", \"pace\": \"easy\"}",
            "{\"type\": \"ice\", \"duration\": \"1m\", \"checkEvery\": \"20s\"}",
            "{\"type\": \"prompt\", \"text\": \"Roll to your side\", \"duration\": 10}",
        };
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "  " : ",\n  ").append(kinds[i % kinds.length]);
        }
        return json.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
