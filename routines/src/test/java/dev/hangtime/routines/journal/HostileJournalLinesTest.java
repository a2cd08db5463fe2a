package dev.hangtime.routines.journal;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.fuzz.Hostile;
import dev.hangtime.routines.journal.JournalLine.Continued;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import dev.hangtime.routines.journal.JournalLine.TimeAway;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of hostile journal lines, made from a seed: every kind of line with its texts, numbers and values
 * replaced by an adversary's, fields added, bytes damaged, lines made huge. Each line must be read, or refused
 * with a message free of control characters; and the lines, gathered into a device's file beside a sync tool's
 * copy and another device's file, must give a history whose every message is as clean and whose pain scores stay
 * 0–10; each within a bounded time and allocation.
 */
class HostileJournalLinesTest {

    private static final long SEED = 20261206L;
    private static final int CASES = 4000;
    private static final int FOLDER_EVERY = 100;

    /** No line may take longer to read; a gathered folder of 100 lines neither. Only a bound, not a speed. */
    private static final Duration CASE_TIME = Duration.ofSeconds(10);

    /** Nor allocate more: a line is at most 64 KB, a folder of them a few MB. */
    private static final long CASE_BYTES = 64L << 20;

    private static final Pattern STRING_VALUE = Pattern.compile(":\"([^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile(":-?[0-9.]+");

    @TempDir
    Path folder;

    private static final UUID ID = UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001");
    private static final OffsetDateTime WALL = OffsetDateTime.parse("2026-03-02T07:30:00.125+01:00");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Place ICE = new Place(3, SegmentKind.ICE, "Ice");

    /** One line of every kind, as the journal writes it. */
    private static final List<String> LINES = List.of(
            new Started(ID, WALL, PARIS, new RoutineRef("ice", "Ice", "ab12", Optional.of("/home/me/ice.json")), 7,
                    7, ofSeconds(61), OptionalInt.of(4), new ProcessRef(1, Optional.of(Instant.parse(
                            "2026-03-02T06:29:58Z")))),
            new SegmentBegan(ID, WALL, ofMillis(1), ICE, Optional.of(ofSeconds(900))),
            new SegmentEnded(ID, WALL, ofSeconds(900), ICE, true, ofSeconds(900), false),
            new Paused(ID, WALL, ofSeconds(5), 3, ofMillis(4_999)),
            new Resumed(ID, WALL, ofSeconds(9), 3, ofMillis(4_999)),
            new TimeAdded(ID, WALL, ofSeconds(10), 3, ofSeconds(30), ofSeconds(930)),
            new Mark(ID, WALL, ofSeconds(30), 3, ofSeconds(26)),
            new TimeAway(ID, WALL, ofSeconds(305), 3, ofSeconds(1200), ofSeconds(1505)),
            new Ended(ID, WALL, PARIS, ofSeconds(931), Ending.INTERRUPTED, ofSeconds(927)),
            new Continued(ID, WALL, PARIS, 4, ofSeconds(12), ofSeconds(3600), Optional.of(true),
                    Optional.of(new Credit(ICE, ofSeconds(900), true)), new ProcessRef(77, Optional.empty())),
            new Pain(ID, WALL, PARIS, true, OptionalInt.of(0), Optional.of("better")),
            new Pain(UUID.fromString("6f1d2c3b-0000-4000-9000-000000000002"), WALL, PARIS, false, OptionalInt.of(7),
                    Optional.empty()),
            new Repaired(ID, WALL, 17)).stream().map(LineWriter::write).toList();

    @Test
    void hostileJournalLines_areReadOrRefusedCleanly_andTheirHistoryStaysSound() {
        Hostile hostile = new Hostile(SEED);
        LineDecoder decoder = new LineDecoder();
        List<byte[]> gathered = new ArrayList<>();
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int n = 0; n < CASES; n++) {
                byte[] line = line(hostile);
                gathered.add(line);
                String what = "case " + n + " (seed " + SEED + ")";
                long allocatedBefore = Hostile.allocated();
                long start = System.nanoTime();
                try {
                    JournalLine read = decoder.read(line, 0, line.length);
                    sound(read, what);
                    outcomes[1]++;
                } catch (Unreadable e) {
                    clean(e.getMessage(), what);
                    outcomes[0]++;
                }
                if (gathered.size() == FOLDER_EVERY) {
                    history(gathered, hostile, what);
                    gathered.clear();
                }
                bounded(start, allocatedBefore, what);
            }
        });
        assertTrue(outcomes[0] > CASES / 4 && outcomes[1] > CASES / 20, outcomes[0] + " refused, " + outcomes[1]
                + " read");
    }

    private static void bounded(long start, long allocatedBefore, String what) {
        long took = System.nanoTime() - start;
        long allocated = Hostile.allocated() - allocatedBefore;
        assertTrue(took < CASE_TIME.toNanos(), what + " took " + took / 1_000_000 + " ms");
        assertTrue(allocated < CASE_BYTES, what + " allocated " + (allocated >> 20) + " MB");
    }

    /** A line read holds nothing the journal's own lines could not. */
    private static void sound(JournalLine line, String what) {
        if (line instanceof Started) {
            ((Started) line).painBefore().ifPresent(p -> assertTrue(p >= 0 && p <= 10, what + ": painBefore " + p));
            assertTrue(((Started) line).routine().name().length() <= LineDecoder.MAX_TEXT, what + ": a long name");
        } else if (line instanceof Pain) {
            ((Pain) line).score().ifPresent(p -> assertTrue(p >= 0 && p <= 10, what + ": score " + p));
        }
    }

    private static void clean(String message, String what) {
        int bad = Hostile.controlIndex(message);
        if (bad >= 0) {
            fail(what + ": a control character (U+" + Integer.toHexString(message.charAt(bad)) + ") in " + message);
        }
        assertTrue(message.length() < 2000, what + ": a message of " + message.length() + " characters");
    }

    /** The lines gathered, as a device's file, a sync tool's copy of part of it, and another device's file. */
    private void history(List<byte[]> lines, Hostile hostile, String what) throws Exception {
        Path journal = Files.createTempDirectory(folder, "journal");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            all.write(line);
            all.write('\n');
            (hostile.chance(50) ? part : other).write(line);
            (hostile.chance(50) ? part : other).write('\n');
        }
        Files.write(journal.resolve("vm.jsonl"), all.toByteArray());
        Files.write(journal.resolve("vm (Laptop's conflicted copy 2026-12-05).jsonl"), part.toByteArray());
        Files.write(journal.resolve("phone.jsonl"), other.toByteArray());
        History history = History.read(journal);
        for (JournalProblem problem : history.problems()) {
            clean(problem.message(), what + ", gathered");
        }
        Stats stats = Stats.of(history, LocalDate.parse("2026-03-04"));
        stats.painBefore().ifPresent(p -> assertTrue(p >= 0 && p <= 10, what + ": pain before " + p));
        stats.painAfter().ifPresent(p -> assertTrue(p >= 0 && p <= 10, what + ": pain after " + p));
        CutOff.find(history, "vm", Instant.parse("2026-03-02T08:00:00Z"), process -> false);
    }

    /** One hostile line. */
    private static byte[] line(Hostile hostile) {
        String json = hostile.pick(LINES);
        switch (hostile.nextInt(6)) {
            case 0:
                json = replace(hostile, json, STRING_VALUE, () -> ":\"" + hostile.text() + "\"");
                break;
            case 1:
                json = replace(hostile, json, NUMBER_VALUE, () -> ":" + hostile.number());
                break;
            case 2:
                json = replace(hostile, json, hostile.chance(50) ? STRING_VALUE : NUMBER_VALUE,
                        () -> ":" + hostile.value());
                break;
            case 3:
                json = "{\"" + hostile.pick(List.of("v", "type", "session", "wall", "routine", "kind", "how", "x",
                        hostile.text())) + "\":" + hostile.value() + "," + json.substring(1);
                break;
            case 4:
                json = json.replace("\"v\":1", "\"v\":" + hostile.number());
                break;
            default:
                break;
        }
        return hostile.chance(25) ? hostile.damage(json) : json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String replace(Hostile hostile, String json, Pattern pattern,
            java.util.function.Supplier<String> by) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(json);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return json;
        }
        int[] span = spans.get(hostile.nextInt(spans.size()));
        return json.substring(0, span[0]) + by.get() + json.substring(span[1]);
    }
}
