package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hangtime.routines.journal.DeviceName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, stats and pain against a journal written by hand, and run's part in keeping it. */
class JournalCommandsTest {

    private static final String ID1 = "00000000-0000-4000-8000-000000000001";
    private static final String ID2 = "00000000-0000-4000-8000-000000000002";
    private static final String ID3 = "00000000-0000-4000-8000-000000000003";

    /**
     * Three sessions: ice on Monday 16 March in Paris, completed, pain 6 then 3; core on Wednesday 18 March at
     * 7:00 in Tokyo, stopped in its second step, pain 5 before; a walk the same morning in Paris, cut off.
     */
    private static final String JOURNAL = String.join("\n",
            "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + ID1 + "\",\"wall\":\"2026-03-16T08:00:00+01:00\","
                    + "\"zone\":\"Europe/Paris\",\"routine\":{\"id\":\"ice\",\"name\":\"Ice\",\"hash\":\"h1\"},"
                    + "\"segments\":1,\"planned\":600,\"painBefore\":6,\"pid\":1}",
            "{\"v\":1,\"type\":\"segment-start\",\"session\":\"" + ID1 + "\",\"wall\":\"2026-03-16T08:00:00+01:00\","
                    + "\"t\":0,\"index\":0,\"kind\":\"ice\",\"title\":\"Ice\",\"length\":600}",
            "{\"v\":1,\"type\":\"segment-end\",\"session\":\"" + ID1 + "\",\"wall\":\"2026-03-16T08:10:00+01:00\","
                    + "\"t\":600,\"index\":0,\"kind\":\"ice\",\"title\":\"Ice\",\"completed\":true,\"spent\":600}",
            "{\"v\":1,\"type\":\"session-end\",\"session\":\"" + ID1 + "\",\"wall\":\"2026-03-16T08:10:00+01:00\","
                    + "\"zone\":\"Europe/Paris\",\"t\":600,\"how\":\"completed\",\"active\":600}",
            "{\"v\":1,\"type\":\"pain\",\"session\":\"" + ID1 + "\",\"wall\":\"2026-03-16T08:11:00+01:00\","
                    + "\"zone\":\"Europe/Paris\",\"afterSession\":true,\"score\":3,\"note\":\"cold, then \\\"better\\\"\"}",
            "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:00+09:00\","
                    + "\"zone\":\"Asia/Tokyo\",\"routine\":{\"id\":\"core-basics\",\"name\":\"Core basics\",\"hash\":\"h2\"},"
                    + "\"segments\":4,\"planned\":900,\"painBefore\":5,\"pid\":1}",
            "{\"v\":1,\"type\":\"segment-start\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:00+09:00\","
                    + "\"t\":0,\"index\":0,\"kind\":\"exercise\",\"title\":\"Plank\",\"length\":30}",
            "{\"v\":1,\"type\":\"segment-end\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:30+09:00\","
                    + "\"t\":30,\"index\":0,\"kind\":\"exercise\",\"title\":\"Plank\",\"completed\":true,\"spent\":30}",
            "{\"v\":1,\"type\":\"segment-start\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:30+09:00\","
                    + "\"t\":30,\"index\":1,\"kind\":\"exercise\",\"title\":\"Bird-dog — left\",\"length\":30}",
            "{\"v\":1,\"type\":\"segment-end\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:45+09:00\","
                    + "\"t\":45,\"index\":1,\"kind\":\"exercise\",\"title\":\"Bird-dog — left\",\"completed\":false,"
                    + "\"spent\":15}",
            "{\"v\":1,\"type\":\"session-end\",\"session\":\"" + ID2 + "\",\"wall\":\"2026-03-18T07:00:45+09:00\","
                    + "\"zone\":\"Asia/Tokyo\",\"t\":45,\"how\":\"stopped\",\"active\":45}",
            "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + ID3 + "\",\"wall\":\"2026-03-18T07:30:00+01:00\","
                    + "\"zone\":\"Europe/Paris\",\"routine\":{\"id\":\"walking\",\"name\":\"Walking, =fast\",\"hash\":\"h3\"},"
                    + "\"segments\":2,\"planned\":660,\"pid\":1}",
            "{\"v\":1,\"type\":\"segment-start\",\"session\":\"" + ID3 + "\",\"wall\":\"2026-03-18T07:30:00+01:00\","
                    + "\"t\":0,\"index\":0,\"kind\":\"walk\",\"title\":\"Walk\",\"length\":600}",
            "{\"v\":1,\"type\":\"mark\",\"session\":\"" + ID3 + "\",\"wall\":\"2026-03-18T07:32:00+01:00\","
                    + "\"t\":120,\"index\":0,\"spent\":120}",
            "{\"v\":1,\"type\":\"pain\",\"session\":\"00000000-0000-4000-9000-000000000001\","
                    + "\"wall\":\"2026-03-10T20:00:00+01:00\",\"zone\":\"Europe/Paris\",\"afterSession\":false,\"score\":7}",
            "");

    private static final Clock PARIS = Clock.fixed(Instant.parse("2026-03-18T12:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path home;

    private void journal(String text) throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("journal")).resolve("laptop.jsonl"), text);
    }

    /** Runs one command line, with the test's clock, against the home folder. */
    private CliRun command(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HANGTIME_HOME", home.toString()), home, false);
        int status = Cli.execute(console, () -> clock, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void history_listsTheSessionsNewestFirst_eachInTheZoneItHappenedIn() throws IOException {
        journal(JOURNAL);

        CliRun run = command(PARIS, "history");

        assertEquals(0, run.status());
        assertEquals("", run.err());
        assertEquals(String.join("\n",
                "2026-03-18 07:30             Walking, =fast   2:00  interrupted in Walk (step 1 of 2)",
                "2026-03-18 07:00 Asia/Tokyo  Core basics      0:45  stopped at Bird-dog — left (step 2 of 4)  pain 5 → –",
                "2026-03-16 08:00             Ice             10:00  completed                                 pain 6 → 3"
                        + "  “cold, then \"better\"”",
                "2026-03-10 20:00             Pain score             on its own                                pain 7",
                ""), run.out());
    }

    @Test
    void history_showsAPainScoreGivenOnItsOwn_withItsNote() throws IOException {
        CliRun given = command(PARIS, "pain", "4", "--note", "stiff after the drive");

        CliRun run = command(PARIS, "history");

        assertEquals(0, given.status(), given.err());
        assertEquals("2026-03-18 13:00  Pain score     on its own  pain 4  “stiff after the drive”\n", run.out());
    }

    @Test
    void history_withALimit_showsOnlyTheLatest() throws IOException {
        journal(JOURNAL);

        CliRun run = command(PARIS, "history", "--limit", "1");

        assertEquals("2026-03-18 07:30  Walking, =fast  2:00  interrupted in Walk (step 1 of 2)\n", run.out());
    }

    @Test
    void historyCsv_hasEveryFieldQuotedWhereNeeded() throws IOException {
        journal(JOURNAL);

        CliRun run = command(PARIS, "history", "--csv");

        assertEquals(String.join("\r\n", HistoryCsv.HEADER,
                "2026-03-18T07:30:00+01:00,Europe/Paris,2026-03-18T07:32:00+01:00,walking,\"Walking, =fast\",120,interrupted,"
                        + "1,Walk,0,0,2,,,0,0,120,0,0,,laptop," + ID3,
                "2026-03-18T07:00:00+09:00,Asia/Tokyo,2026-03-18T07:00:45+09:00,core-basics,Core basics,45,stopped,2,"
                        + "Bird-dog — left,1,0,4,5,,0,45,0,0,0,,laptop," + ID2,
                "2026-03-16T08:00:00+01:00,Europe/Paris,2026-03-16T08:10:00+01:00,ice,Ice,600,completed,,,1,0,1,6,3,0,0,0,0,"
                        + "600,\"cold, then \"\"better\"\"\",laptop," + ID1, ""), run.out());
    }

    @Test
    void history_ofNothing_saysHowToStart() {
        CliRun run = CliRun.of(home, "history");

        assertEquals(0, run.status());
        assertEquals("No sessions kept yet. Run one with: hangtime run ROUTINE\n", run.out());
    }

    @Test
    void history_reportsWhatCouldNotBeReadOnStandardError() throws IOException {
        journal(JOURNAL + "{\"v\":9}\n{\"v\":1,\"type\":\"ses");

        CliRun run = command(PARIS, "history");

        Path file = home.resolve("journal/laptop.jsonl");
        assertEquals("hangtime: journal: " + file + ":17: the last line is incomplete (a crash or power loss while it"
                + " was written); skipped\nhangtime: journal: " + file + ":16: 1 line was written by a later version of"
                + " Hangtime and skipped (update Hangtime to see them)\n", run.err());
        // The three sessions, and the pain score given on its own.
        assertEquals(4, run.out().lines().count());
    }

    @Test
    void history_limitBelowOne_isAUsageError() {
        CliRun run = CliRun.of(home, "history", "--limit", "0");

        assertEquals(2, run.status());
        assertEquals("hangtime history: --limit must be at least 1, not 0 (see hangtime history --help)\n", run.err());
    }

    @Test
    void stats_showsTheStreakTheWeeksAndThePainTrend() throws IOException {
        journal(JOURNAL);

        CliRun run = command(PARIS, "stats");

        assertEquals(0, run.status());
        assertEquals(String.join("\n",
                "Streak: 1 day, today included.",
                "",
                "Minutes per week  inversion  core  walk  heat  ice  sessions  pain before  after",
                "26 Jan 2026               0     0     0     0    0         0            –      –",
                "2 Feb 2026                0     0     0     0    0         0            –      –",
                "9 Feb 2026                0     0     0     0    0         0            –      –",
                "16 Feb 2026               0     0     0     0    0         0            –      –",
                "23 Feb 2026               0     0     0     0    0         0            –      –",
                "2 Mar 2026                0     0     0     0    0         0            –      –",
                "9 Mar 2026                0     0     0     0    0         0          7.0      –",
                "16 Mar 2026               0     1     2     0   10         3          5.5    3.0",
                "",
                "Pain before (or on a day without a session): 6.0 on average; from 7.0 in the week of 9 Mar 2026 to 5.5"
                        + " in the week of 16 Mar 2026.",
                "Pain after a session: 3.0 on average.",
                ""), run.out());
    }

    @Test
    void pain_keepsAScoreForToday() throws IOException {
        CliRun run = command(PARIS, "pain", "4", "--note", "stiff after the drive");

        assertEquals(0, run.status());
        assertEquals("Pain 4 kept for Wednesday 18 March 2026.\n", run.out());
        String device = DeviceName.local(Map.of("HANGTIME_HOME", home.toString()));
        String line = Files.readString(home.resolve("journal").resolve(device + ".jsonl"));
        assertTrue(line.matches("\\{\"v\":1,\"type\":\"pain\",\"session\":\"[0-9a-f-]{36}\",\"wall\":"
                + "\"2026-03-18T13:00:00\\+01:00\",\"zone\":\"Europe/Paris\",\"afterSession\":false,\"score\":4,"
                + "\"note\":\"stiff after the drive\"}\n"), line);
    }

    @Test
    void pain_aNoteInQuotes_keepsItsQuotes() throws IOException {
        CliRun run = command(PARIS, "pain", "4", "--note", "\"bad day\"");

        assertEquals(0, run.status());
        String device = DeviceName.local(Map.of("HANGTIME_HOME", home.toString()));
        String line = Files.readString(home.resolve("journal").resolve(device + ".jsonl"));
        assertTrue(line.endsWith(",\"note\":\"\\\"bad day\\\"\"}\n"), line);
    }

    @Test
    void pain_outOfRange_isAUsageError() {
        CliRun run = CliRun.of(home, "pain", "11");

        assertEquals(2, run.status());
        assertEquals("hangtime pain: the pain score must be from 0 to 10, not 11 (see hangtime pain --help)\n",
                run.err());
    }

    @Test
    void pain_whenTheJournalCannotBeWritten_saysSoAndExits1() throws IOException {
        Files.writeString(home.resolve("journal"), "a file where the folder should be");

        CliRun run = CliRun.of(home, "pain", "3");

        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("hangtime: the journal " + home.resolve("journal")), run.err());
        assertTrue(run.err().endsWith(" could not be written (a file stands where a folder should be); the score was not"
                + " kept\n"), run.err());
    }

    private static final String ONE_SECOND = "{\"hangtime\": 1, \"id\": \"tiny\", \"name\": \"Tiny\","
            + " \"cues\": {\"countdown\": 0}, \"steps\": [{\"type\": \"walk\", \"duration\": 1}]}";

    @Test
    void run_keepsTheSessionWithThePainBefore() throws IOException {
        Path file = Files.writeString(home.resolve("tiny.json"), ONE_SECOND);

        CliRun run = CliRun.of(home, "run", file.toString(), "--plain", "--mute", "--pain", "4");

        assertEquals(0, run.status(), run.err());
        CliRun history = command(Clock.systemDefaultZone(), "history", "--csv");
        String row = history.out().split("\r\n")[1];
        assertTrue(row.contains(",tiny,Tiny,1,completed,,,1,0,1,4,,0,0,1,0,0,,"), row);
    }

    @Test
    void run_asAPreview_isNotKept() throws IOException {
        Path file = Files.writeString(home.resolve("tiny.json"), ONE_SECOND);

        CliRun run = CliRun.of(home, "run", file.toString(), "--plain", "--mute", "--speed", "100", "--pain", "4");

        assertEquals(0, run.status());
        assertEquals("hangtime: a preview (--speed 100) is not kept, so --pain is not either\n", run.err());
        assertEquals(false, Files.exists(home.resolve("journal")));
    }

    @Test
    void run_painOutOfRange_isAUsageError() {
        CliRun run = CliRun.of(home, "run", "ice", "--pain", "-1");

        assertEquals(2, run.status());
        assertEquals("hangtime run: --pain must be from 0 to 10, not -1 (see hangtime run --help)\n", run.err());
    }

    /** A real full device: /dev/full refuses every write with ENOSPC, as a full disk does. */
    @Test
    void run_onAFullDisk_goesOnAndSaysOnceThatTheJournalCouldNotBeWritten() throws IOException {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        Path file = Files.writeString(home.resolve("tiny.json"), ONE_SECOND.replace("\"duration\": 1", "\"duration\": 2"));
        String device = DeviceName.local(Map.of("HANGTIME_HOME", home.toString()));
        Path journal = Files.createDirectories(home.resolve("journal")).resolve(device + ".jsonl");
        Files.createSymbolicLink(journal, Path.of("/dev/full"));

        CliRun run = CliRun.of(home, "run", file.toString(), "--plain", "--mute");
        Files.delete(journal);

        assertEquals(0, run.status());
        assertEquals(List.of("[0:00:00] Starting Tiny: 1 step, 0:02.", "[0:00:00] Walk — 0:02", "[0:00:02] Done. 0:02 in total."),
                run.out().lines().toList());
        assertEquals("hangtime: the journal " + journal + " could not be written (it is a device, not a journal"
                + " file); the session goes on, but it will not be kept\n", run.err());
    }
}
