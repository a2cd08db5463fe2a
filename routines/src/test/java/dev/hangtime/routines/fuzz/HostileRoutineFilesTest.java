package dev.hangtime.routines.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.format.RoutineWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile routine files, made from a seed: the built-in routines with their texts, numbers and values
 * replaced by an adversary's, their bytes damaged, and repeats nested round nothing. Each must come back as a
 * clean refusal, whose every message is free of control characters, or as a routine that expands within the
 * format's limits and is written and read back as itself; each within a bounded time and allocation.
 */
class HostileRoutineFilesTest {

    private static final long SEED = 20261205L;
    private static final int CASES = 3000;

    /**
     * No case may take longer. The slowest, a 1 MiB file of 28,000 steps, takes 85 ms with the launcher's flags
     * once compiled, and up to 2 s before, on a loaded machine: this only tells a bound from none.
     */
    private static final Duration CASE_TIME = Duration.ofSeconds(10);

    /** Nor allocate more: reading a 1 MiB file takes some tens of MB, garbage included. */
    private static final long CASE_BYTES = 256L << 20;

    private static final Pattern STRING_VALUE = Pattern.compile(":\\s*\"([^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile(":\\s*-?\\d+");

    private static final List<String> BUILT_INS = List.of("core-basics", "core-big-three", "facet-care",
            "heat-ice-alternating", "heat", "ice", "inversion-building-up", "inversion-first-weeks",
            "inversion-oscillation", "inversion-weeks-3-4", "sacroiliac-care", "spasm-relief", "walking-build-up");

    private static String builtIn(String id) {
        try (InputStream in = HostileRoutineFilesTest.class.getResourceAsStream(
                "/dev/hangtime/routines/library/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void hostileRoutineFiles_areRefusedCleanly_orReadWithinTheLimits() {
        List<String> bases = BUILT_INS.stream().map(HostileRoutineFilesTest::builtIn).toList();
        Hostile hostile = new Hostile(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int n = 0; n < CASES; n++) {
                byte[] file = file(hostile, bases);
                long allocatedBefore = Hostile.allocated();
                long start = System.nanoTime();
                ReadResult result = RoutineReader.read("case-" + n + ".json", file);
                Timeline timeline = result.routine().map(Expansion::expand).orElse(null);
                long took = System.nanoTime() - start;
                long allocated = Hostile.allocated() - allocatedBefore;
                String what = "case " + n + " (seed " + SEED + ")";
                assertTrue(took < CASE_TIME.toNanos(), what + " took " + took / 1_000_000 + " ms");
                assertTrue(allocated < CASE_BYTES, what + " allocated " + (allocated >> 20) + " MB");
                if (timeline == null) {
                    refusedCleanly(result, what);
                    outcomes[0]++;
                } else {
                    withinTheLimits(result.routine().get(), timeline, what);
                    outcomes[1]++;
                }
            }
        });
        // Both kinds of outcome are met, or the generator has lost its edge.
        assertTrue(outcomes[0] > CASES / 4 && outcomes[1] > CASES / 20, outcomes[0] + " refused, " + outcomes[1]
                + " read");
    }

    private static void refusedCleanly(ReadResult result, String what) {
        assertTrue(!result.problems().isEmpty() && result.problems().size() <= 101, what + ": "
                + result.problems().size() + " problems");
        for (Problem problem : result.problems()) {
            String line = problem.toString();
            int bad = Hostile.controlIndex(line);
            if (bad >= 0) {
                fail(what + ": a control character (U+" + Integer.toHexString(line.charAt(bad)) + ") in " + line);
            }
            assertTrue(line.length() < 2000, what + ": a message of " + line.length() + " characters");
        }
    }

    private static void withinTheLimits(Routine routine, Timeline timeline, String what) {
        assertTrue(!timeline.segments().isEmpty() && timeline.segments().size() <= Limits.MAX_SEGMENTS,
                what + ": " + timeline.segments().size() + " segments");
        assertTrue(timeline.total().compareTo(Limits.MAX_TOTAL) <= 0, what + ": " + timeline.total());
        ReadResult again = RoutineReader.read(routine.id() + ".json", RoutineWriter.write(routine));
        assertEquals(List.of(), again.problems(), what + ": its own canonical form");
        assertEquals(routine, again.routine().orElseThrow(), what + ": written and read back");
    }

    /** One hostile file. */
    private static byte[] file(Hostile hostile, List<String> bases) {
        String json;
        switch (hostile.nextInt(6)) {
            case 0:
                json = replace(hostile, hostile.pick(bases), STRING_VALUE, () -> ": \"" + hostile.text() + "\"");
                break;
            case 1:
                json = replace(hostile, hostile.pick(bases), NUMBER_VALUE, () -> ": " + hostile.number());
                break;
            case 2:
                json = replace(hostile, hostile.pick(bases), hostile.chance(50) ? STRING_VALUE : NUMBER_VALUE,
                        () -> ": " + hostile.value());
                break;
            case 3:
                json = nested(hostile);
                break;
            case 4:
                json = wide(hostile);
                break;
            default:
                json = extraField(hostile, hostile.pick(bases));
                break;
        }
        return hostile.chance(25) ? hostile.damage(json) : json.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code json} with one to three of the values {@code pattern} finds replaced. */
    private static String replace(Hostile hostile, String json, Pattern pattern, java.util.function.Supplier<String> by) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(json);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return json;
        }
        String out = json;
        int times = 1 + hostile.nextInt(3);
        for (int i = 0; i < times; i++) {
            int[] span = spans.get(hostile.nextInt(spans.size()));
            if (span[1] > out.length()) {
                continue;
            }
            out = out.substring(0, span[0]) + by.get() + out.substring(span[1]);
        }
        return out;
    }

    /** Repeats nested up to ten deep, round steps that give nothing or little. */
    private static String nested(Hostile hostile) {
        String inner = hostile.pick(List.of("{\"type\": \"rest\", \"duration\": 0}",
                "{\"type\": \"rest\", \"duration\": \"0s\", \"prepare\": 0}", "{\"type\": \"walk\", \"duration\": 1}",
                "{\"type\": \"exercise\", \"name\": \"x\", \"reps\": [1000, 1000], \"hold\": 1}",
                "{\"type\": \"prompt\", \"text\": \"" + hostile.text() + "\"}"));
        int depth = 1 + hostile.nextInt(10);
        for (int i = 0; i < depth; i++) {
            String times = hostile.chance(70) ? "1000" : hostile.number();
            String between = hostile.chance(20) ? ", \"restBetween\": " + hostile.pick(List.of("0", "1", "\"4h\""))
                    : "";
            inner = "{\"type\": \"repeat\", \"times\": " + times + between + ", \"steps\": [" + inner
                    + (hostile.chance(20) ? ", " + inner : "") + "]}";
        }
        String extra = hostile.chance(50) ? ", {\"type\": \"walk\", \"duration\": 10}" : "";
        return "{\"hangtime\": 1, \"name\": \"Nested\", \"steps\": [" + inner + extra + "]}";
    }

    /** Many steps, up to about the 1 MiB a file may hold, or just over. */
    private static String wide(Hostile hostile) {
        String step = hostile.pick(List.of("{\"type\": \"rest\", \"duration\": 0}", "{\"type\": \"walk\", \"duration\": 1}",
                "{\"type\": \"rest\", \"duration\": 1, \"note\": \"" + "n".repeat(1900) + "\"}"));
        int count = 1 + hostile.nextInt(hostile.chance(5) ? 60_000 : 500);
        StringBuilder out = new StringBuilder("{\"hangtime\": 1, \"name\": \"Wide\", \"steps\": [");
        for (int i = 0; i < count && out.length() < (1 << 20) + 100; i++) {
            out.append(i == 0 ? "" : ",").append(step);
        }
        return out.append("]}").toString();
    }

    /** {@code json} with a field added to its top object: unknown, given twice, or of the wrong type. */
    private static String extraField(Hostile hostile, String json) {
        String name = hostile.pick(List.of("name", "steps", "hangtime", "id", "tags", "cues", "summary", "hodl",
                hostile.text()));
        int brace = json.indexOf('{');
        return json.substring(0, brace + 1) + "\"" + name + "\": " + hostile.value() + ", "
                + json.substring(brace + 1);
    }
}
