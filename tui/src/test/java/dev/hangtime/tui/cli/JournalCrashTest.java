package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.routines.journal.DeviceName;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hangtime run} process cut off in the middle of its ice: with SIGKILL, which it cannot see
 * coming, and with SIGINT (Ctrl-C). The journal must hold everything up to that moment, history must show the
 * session as interrupted in the ice, and resume must go on from there.
 */
class JournalCrashTest {

    /** 0: inversion 2 s, 1: ice 60 s, 2: walk 1 s. */
    private static final String ROUTINE = "{\"hangtime\": 1, \"id\": \"hang-ice\", \"name\": \"Hang and ice\","
            + " \"cues\": {\"countdown\": 0}, \"steps\": [{\"type\": \"inversion\", \"angle\": 20, \"hold\": 2},"
            + " {\"type\": \"ice\", \"duration\": 60}, {\"type\": \"walk\", \"duration\": 1}]}";

    @TempDir
    Path home;

    private Path journal() {
        return home.resolve("journal").resolve(DeviceName.local(Map.of()) + ".jsonl");
    }

    /** Starts a session and waits until its ice has begun and the journal has it. */
    private Process runUntilIce() throws IOException, InterruptedException {
        Path routines = Files.createDirectories(home.resolve("routines"));
        Files.writeString(routines.resolve("hang-ice.json"), ROUTINE);
        // The routine inverts: the safety screen was answered, on another device, so that nothing asks first.
        Files.writeString(Files.createDirectories(home.resolve("journal")).resolve("other-device.jsonl"),
                "{\"v\":2,\"type\":\"safety\",\"session\":\"00000000-0000-4000-a000-000000000001\","
                + "\"wall\":\"" + java.time.OffsetDateTime.now().minusDays(1) + "\",\"zone\":\"UTC\",\"list\":1,"
                + "\"answer\":\"none-applies\"}\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hangtime.tui.Main", "run", "hang-ice", "--plain",
                "--pain", "6");
        builder.environment().put("HANGTIME_HOME", home.toString());
        builder.environment().remove("HOSTNAME");
        builder.environment().remove("COMPUTERNAME");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("Ice — 1:00")) {
            // the lines before the ice
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(journal()) && Files.readString(journal()).contains("\"index\":1,\"step\":1,\"kind\":\"ice\""))) {
            assertTrue(System.nanoTime() < deadline, "the ice reached the journal");
            Thread.sleep(20);
        }
        return process;
    }

    private List<String> types() throws IOException {
        return Files.readAllLines(journal(), StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceAll(".*\"type\":\"([a-z-]+)\".*?\"index\":([0-9]+).*", "$1 $2")
                        .replaceAll(".*\"type\":\"([a-z-]+)\".*", "$1"))
                .collect(Collectors.toList());
    }

    @Test
    void sigkill_inTheIce_keepsEverythingUpToItAndResumeGoesOnFromTheIce() throws Exception {
        Process process = runUntilIce();

        process.destroyForcibly();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));

        assertEquals(137, process.exitValue());
        assertEquals(List.of("session-start", "segment-start 0", "segment-end 0", "segment-start 1"), types());
        CliRun history = CliRun.of(home, "history");
        assertEquals("", history.err());
        assertTrue(history.out().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d( \\S+)?  Hang and ice  0:02  interrupted in"
                + " Ice \\(step 2 of 3\\)  pain 6 → –\n"), history.out());

        // Resumed 58 s after the journal last heard of it, the pack having stayed on: 2 s of ice are left.
        Instant lastSeen = lastWall();
        CliRun resumed = resume(Clock.fixed(lastSeen.plusSeconds(58), ZoneOffset.UTC), "y\n");

        assertEquals(0, resumed.status(), resumed.err());
        List<String> out = lines(resumed.out());
        assertEquals(List.of("Hang and ice was cut off moments ago in Ice (step 2 of 3).",
                "Did the ice pack stay on while Hangtime was down? (y/n)",
                "Going on with Ice (step 2 of 3), 0:58 of it already done.",
                "[0:00:00] Starting Hang and ice: 3 steps, 1:03.",
                "[0:00:00] Ice — 1:00",
                "[0:00:02] Walk — 0:01",
                "[0:00:03] Done. 1:01 in total."), out);
        assertEquals(List.of("session-start", "segment-start 0", "segment-end 0", "segment-start 1",
                "session-continue 1", "segment-start 1", "segment-end 1", "segment-start 2", "segment-end 2",
                "session-end"), types());
        CliRun csv = CliRun.of(home, "history", "--csv");
        String row = lines(csv.out()).get(1);
        assertTrue(row.contains(",hang-ice,Hang and ice,63,completed,,,3,0,3,6,,2,0,1,0,60,,"), row);
    }

    @Test
    void sigint_inTheIce_isTheUserStopping_keptAsStopped_andNotOfferedAgain() throws Exception {
        Process process = runUntilIce();

        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));

        assertEquals(130, process.exitValue());
        List<String> journal = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        assertEquals(List.of("session-start", "segment-start 0", "segment-end 0", "segment-start 1", "segment-end 1",
                "session-end"), types());
        assertTrue(journal.get(4).endsWith(",\"completed\":false,\"spent\":" + journal.get(4)
                .replaceAll(".*\"spent\":([0-9.]+)}$", "$1") + "}"), journal.get(4));
        assertTrue(journal.get(5).contains("\"how\":\"stopped\""), journal.get(5));
        CliRun history = CliRun.of(home, "history");
        assertTrue(history.out().contains("  stopped at Ice (step 2 of 3)  pain 6 → –"), history.out());
        CliRun resumed = resume(Clock.fixed(lastWall().plusSeconds(600), ZoneOffset.UTC), "y\n");
        assertEquals(1, resumed.status(), resumed.err());
        assertEquals("hangtime: nothing to resume: the last session here, Hang and ice, was stopped, not cut off.\n",
                resumed.err());
    }

    @Test
    void sigterm_inTheIce_endsItAsInterruptedAndItCanBeResumed() throws Exception {
        Process process = runUntilIce();

        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));

        assertEquals(143, process.exitValue());
        List<String> journal = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        assertEquals(List.of("session-start", "segment-start 0", "segment-end 0", "segment-start 1", "segment-end 1",
                "session-end"), types());
        assertTrue(journal.get(4).contains("\"index\":1,\"step\":1,\"kind\":\"ice\",\"title\":\"Ice\",\"completed\":false"),
                journal.get(4));
        assertTrue(journal.get(4).endsWith(",\"cut\":true}"), journal.get(4));
        assertTrue(journal.get(5).contains("\"how\":\"interrupted\""), journal.get(5));
        CliRun history = CliRun.of(home, "history");
        assertTrue(history.out().contains("  interrupted in Ice (step 2 of 3)  pain 6 → –"), history.out());
        CliRun resumed = resume(Clock.fixed(lastWall().plusSeconds(600), ZoneOffset.UTC), "y\n");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("Going on with Walk (step 3 of 3), from its start.\n"), resumed.out());
    }

    @Test
    void resume_withNothingCutOff_saysSoAndExits1() {
        CliRun run = CliRun.of(home, "resume");

        assertEquals(1, run.status());
        assertEquals("hangtime: nothing to resume: no session has been kept on this device.\n", run.err());
    }

    private Instant lastWall() throws IOException {
        List<String> lines = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        Matcher wall = Pattern.compile("\"wall\":\"([^\"]+)\"").matcher(lines.get(lines.size() - 1));
        assertTrue(wall.find());
        return OffsetDateTime.parse(wall.group(1)).toInstant();
    }

    private CliRun resume(Clock clock, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HANGTIME_HOME", home.toString()), home, false);
        int status = Cli.execute(console, () -> clock, "resume", "--plain");
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
