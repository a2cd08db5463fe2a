package dev.hangtime.tui.sound;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.Audible;
import dev.hangtime.routines.sound.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the {@code hangtime} command's sound as docs/audio.md reports it: whether each cue of a 24-second
 * routine is heard within 30 ms of its moment, on a settled sink, on a freshly started one, and across a sound
 * server killed and started again 8 s in; and what a long hold costs the command, in wake-ups a second and
 * CPU. Run by {@code tui/bench/sound-bench.sh}, which says how.
 *
 * <p>Each run starts the command as a user does, {@code java -jar JAR run ROUTINE --events}, records the
 * sink's monitor, and finds each {@code cue} event's sound as {@code AudibleRunTest} does: the origin from the
 * session events' own stamps, each sound's first note against the palette's.
 */
public final class SoundBench {

    private static final long MS = 1_000_000;
    private static final long TOLERANCE = 30 * MS;
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The launcher's flags that bear on timing (heap, compiler, idle wake-ups). */
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-Xms8m", "-Xmx64m", "-Xss512k",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:GuaranteedSafepointInterval=0", "-XX:AsyncDeflationInterval=0", "-Xlog:disable",
            "-Xlog:all=error:stderr");

    /** 24 s: a rest, an inversion with its halfway bell, an exercise on both sides, a walk: 7 segment starts. */
    private static final String ROUTINE = """
            {"hangtime": 1, "name": "Sound bench", "cues": {"countdown": 0, "halfway": false}, "steps": [
              {"type": "rest", "duration": 3},
              {"type": "inversion", "angle": 20, "hold": 6, "cues": {"halfway": true}},
              {"type": "exercise", "name": "Side plank", "work": 4, "sides": "both"},
              {"type": "walk", "duration": 3},
              {"type": "rest", "duration": 4}
            ]}
            """;

    /** A hold of 20 minutes, its skin check every 5: nothing to play for minutes. */
    private static final String HOLD = """
            {"hangtime": 1, "name": "Long hold", "steps": [
              {"type": "heat", "duration": "20m", "checkEvery": "5m"}]}
            """;

    private SoundBench() {
    }

    /** A line the command printed, its event, t in nanoseconds, and when it arrived here. */
    private record Line(String event, String name, long t, long arrived) {
        static Line of(String text, long arrived) {
            try {
                JsonNode json = JSON.readTree(text);
                return new Line(json.path("event").asText(), json.path("name").asText(),
                        json.path("t").decimalValue().movePointRight(9).longValueExact(), arrived);
            } catch (IOException e) {
                throw new IllegalStateException("not a JSON event: " + text, e);
            }
        }

        Cue cue() {
            return Arrays.stream(Cue.values()).filter(c -> c.word().equals(name)).findFirst().orElseThrow();
        }

        boolean segmentStart() {
            return name.startsWith("start-") || name.equals("switch-sides") || name.equals("complete");
        }
    }

    /**
     * A cue as heard: ms from its moment, or null when not heard within 30 ms at its pitch; and if not, when
     * a sound at its pitch came within 2 s after (late), or null.
     */
    private record Heard(Line cue, Double offsetMs, Double lateMs) {
        String text() {
            return cue.name() + (offsetMs != null ? String.format(Locale.ROOT, " %+.1f", offsetMs)
                    : lateMs != null ? String.format(Locale.ROOT, " late%+.0f", lateMs) : " -");
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SoundBench JAR settled|fresh|restart|hold [RUNS]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String scenario = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("sound-bench");
        try {
            if (scenario.equals("hold")) {
                hold(jar, work, runs);
                return;
            }
            Path routine = Files.writeString(work.resolve("bench.json"), ROUTINE);
            int allHeard = 0;
            long late = 0;
            List<Double> offsets = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                List<Heard> heard = run(jar, routine, work, scenario);
                long counted = heard.stream().filter(h -> h.cue().segmentStart()).count();
                long ok = heard.stream().filter(h -> h.cue().segmentStart() && h.offsetMs() != null).count();
                heard.stream().map(Heard::offsetMs).filter(o -> o != null).forEach(offsets::add);
                allHeard += ok == counted ? 1 : 0;
                late += heard.stream().filter(h -> h.lateMs() != null).count();
                System.out.printf(Locale.ROOT, "run %d: %d of %d segment starts heard within 30 ms; %s%s%n", run, ok,
                        counted, heard.stream().map(Heard::text).toList(), stderr(work));
            }
            offsets.sort(null);
            System.out.printf(Locale.ROOT, "%s: every segment start heard in %d of %d runs; cues heard within 30 ms:"
                    + " %d, late: %d; offset min/median/max %s ms%n", scenario, allHeard, runs, offsets.size(), late,
                    offsets.isEmpty() ? "-" : String.format(Locale.ROOT, "%+.1f / %+.1f / %+.1f", offsets.get(0),
                            offsets.get(offsets.size() / 2), offsets.get(offsets.size() - 1)));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One run of the routine. {@code fresh}: the server is started afresh just before; {@code restart}: it is
     * killed and started again 8 s in, and only cues from 3 s after its return count.
     */
    private static List<Heard> run(Path jar, Path routine, Path work, String scenario) throws Exception {
        if (scenario.equals("fresh")) {
            audioSetup("restart");
        }
        Recording before = Recording.start(Audible.MONITOR);
        before.awaitSamples(4_410, Duration.ofSeconds(3));
        if (!scenario.equals("fresh")) {
            // Settled: the recorder has been attached a while, as a desktop's other streams would be.
            Thread.sleep(2_500);
        }
        List<Line> lines = new CopyOnWriteArrayList<>();
        Process process = start(jar, work, "run", routine.toString(), "--events");
        Thread reader = read(process, lines);
        Recording recording = before;
        long returned = 0;
        if (scenario.equals("restart")) {
            Thread.sleep(8_000);
            audioSetup("restart");
            returned = System.nanoTime();
            recording = Recording.start(Audible.MONITOR);
            recording.awaitSamples(4_410, Duration.ofSeconds(3));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command did not end in 60 s");
        }
        reader.join();
        Thread.sleep(500);
        short[] pcm = recording.pcm();
        double coverage = recording.coverage();
        recording.close();
        before.close();
        if (coverage < 0.97) {
            System.out.printf(Locale.ROOT, "  (the recording holds %.0f%% of its time: the machine is too busy)%n",
                    100 * coverage);
        }
        List<Line> events = lines.stream().filter(l -> !l.event().equals("cue") && !l.event().equals("sound"))
                .toList();
        long origin = events.stream().mapToLong(l -> l.arrived() - l.t()).min().orElseThrow();
        long since = scenario.equals("restart") ? returned + 3_000 * MS
                : scenario.equals("fresh") ? origin + 3_000 * MS : Long.MIN_VALUE;
        List<Integer> onsets = Audible.onsets(pcm);
        List<Heard> heard = new ArrayList<>();
        for (Line cue : lines.stream().filter(l -> l.event().equals("cue")).toList()) {
            long moment = origin + cue.t();
            if (moment < since) {
                continue;
            }
            short[] palette = Audible.pcmAtVolume(Palette.standard().sound(cue.cue()), Settings.DEFAULTS.volume());
            double expected = Audible.firstNote(palette, Audible.onsets(palette).get(0));
            Double offset = null;
            Double late = null;
            for (int onset : onsets) {
                long off = recording.heardAt(onset) - moment;
                if (Math.abs(Audible.firstNote(pcm, onset) - expected) > expected * 0.02 || off < -TOLERANCE) {
                    continue;
                }
                if (off <= TOLERANCE) {
                    offset = off / 1e6;
                } else if (off <= 2_000 * MS && late == null) {
                    late = off / 1e6;
                }
            }
            heard.add(new Heard(cue, offset, offset == null ? late : null));
        }
        if (scenario.equals("fresh") || scenario.equals("restart")) {
            // None late: every sound after the cut-off must be a cue within 30 ms of its moment.
            List<Long> moments = lines.stream().filter(l -> l.event().equals("cue")).map(l -> origin + l.t()).toList();
            for (int onset : onsets) {
                long at = recording.heardAt(onset);
                if (at >= since && moments.stream().noneMatch(m -> Math.abs(at - m) <= TOLERANCE)) {
                    System.out.printf(Locale.ROOT, "  a sound %.3f s into the session was not within 30 ms of"
                            + " any cue: late%n", (at - origin) / 1e9);
                }
            }
        }
        return heard;
    }

    /**
     * Holds for a while with sound on ({@code hangtime run HOLD --plain}), then counts, over a minute, the
     * command's voluntary context switches (every thread's, /proc/PID/task/N/status) and its CPU time.
     */
    private static void hold(Path jar, Path work, int runs) throws Exception {
        Path routine = Files.writeString(work.resolve("hold.json"), HOLD);
        for (int run = 1; run <= runs; run++) {
            Process process = start(jar, work, "run", routine.toString(), "--plain");
            read(process, new CopyOnWriteArrayList<>());
            Thread.sleep(20_000);
            long pid = process.pid();
            long switches = switches(pid);
            long cpu = cpuTicks(pid);
            long from = System.nanoTime();
            Thread.sleep(60_000);
            double seconds = (System.nanoTime() - from) / 1e9;
            double wakeups = (switches(pid) - switches) / seconds;
            double share = (cpuTicks(pid) - cpu) / 100.0 / seconds;
            long threads = threads(pid);
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "hold run %d: %.2f wake-ups/s, %.3f%% of a core, %d threads%n", run,
                    wakeups, 100 * share, threads);
        }
    }

    private static Process start(Path jar, Path work, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("HANGTIME_HOME", work.resolve("home").toString());
        return builder.start();
    }

    /** What the command wrote on standard error: the bells it rang, and its lines. */
    private static String stderr(Path work) throws IOException {
        String text = Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8);
        long bells = text.chars().filter(c -> c == 7).count();
        String lines = text.replace("\u0007", "").strip().replace("\n", " | ");
        return (bells == 0 ? "" : "; bell rang " + bells + " times") + (lines.isEmpty() ? "" : "; said: " + lines);
    }

    private static Thread read(Process process, List<Line> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String text = out.readLine(); text != null; text = out.readLine()) {
                    long now = System.nanoTime();
                    if (text.startsWith("{")) {
                        lines.add(Line.of(text, now));
                    }
                }
            } catch (IOException e) {
                // The command ended.
            }
        }, "bench-output");
        reader.start();
        return reader;
    }

    /** Runs {@code .ci/audio-setup COMMAND} on the server this bench plays into. */
    private static void audioSetup(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", ". .ci/audio-setup " + command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(".ci/audio-setup " + command + " failed");
        }
    }

    private static long switches(long pid) throws IOException {
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException e) {
                    // A thread that ended meanwhile.
                }
            }
        }
        return total;
    }

    private static long threads(long pid) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** utime + stime of the whole process, in clock ticks (1/100 s). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
