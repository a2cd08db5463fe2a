package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String SHORT = "{\"hangtime\": 1, \"name\": \"Short\", \"cues\": {\"countdown\": 2},\n"
            + " \"steps\": [{\"type\": \"inversion\", \"angle\": 20, \"hold\": 3, \"prepare\": 1},\n"
            + "            {\"type\": \"prompt\", \"text\": \"Come up slowly\"}]}\n";

    @TempDir
    Path home;

    private Path userRoutine(String name, String json) throws IOException {
        Path folder = Files.createDirectories(home.resolve("routines"));
        return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void list_showsBuiltInsAndUserRoutines_andReportsABrokenFileWithoutHidingTheRest() throws IOException {
        Path shadow = userRoutine("ice.json", "{\"hangtime\": 1, \"name\": \"My ice\", \"tags\": [\"ice\"],"
                + " \"steps\": [{\"type\": \"ice\", \"duration\": \"10m\"}]}");
        Path broken = userRoutine("broken.json", "{\"hangtime\": 1, \"name\": \"Broken\", \"steps\": [{\"type\": \"stretch\"}]}");

        CliRun run = CliRun.of(home, "list", "--tag", "ice");

        assertEquals(0, run.status());
        assertEquals(List.of(
                "heat-ice-alternating  Heat and ice, alternating   1:45:00  2 manual   built-in",
                "ice                   My ice                        10:00             " + shadow
                        + " (shadows the built-in)",
                "sacroiliac-care       Sacroiliac joint care         28:55  5 manual   built-in"), lines(run.out()));
        assertEquals("hangtime: skipped a user routine: " + broken + ":1:54: steps[0].type: unknown step type \"stretch\""
                + " (expected one of: inversion, exercise, rest, walk, heat, ice, prompt, repeat)\n", run.err());
    }

    @Test
    void aUserFileWithManyProblems_isSaidOnce_withTheCommandThatShowsTheRest() throws IOException {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            steps.append(i == 0 ? "" : ", ").append("{\"type\": \"rest\", \"duration\": \"1x\"}");
        }
        Path broken = userRoutine("broken.json", "{\"hangtime\": 1, \"name\": \"Broken\", \"steps\": [" + steps + "]}");

        CliRun run = CliRun.of(home, "show", "ice");

        assertEquals(0, run.status());
        assertEquals("hangtime: skipped a user routine: " + broken + ":1:74: steps[0].duration: \"1x\" is not a duration"
                + " (write 90, \"90s\", \"1m30s\" or \"15m\"); 11 more problems: hangtime validate " + broken + "\n",
                run.err());
    }

    @Test
    void list_withoutATag_listsEveryBuiltIn() {
        CliRun run = CliRun.of(home, "list");

        assertEquals(0, run.status());
        List<String> ids = lines(run.out()).stream().map(l -> l.split(" ")[0]).collect(Collectors.toList());
        assertTrue(ids.containsAll(List.of("inversion-first-weeks", "inversion-building-up", "inversion-oscillation",
                "core-big-three", "core-basics", "walking-build-up", "ice", "heat", "heat-ice-alternating",
                "spasm-relief", "sacroiliac-care", "facet-care")), ids::toString);
    }

    @Test
    void showJson_printsTheExpandedTimeline() throws IOException {
        Path file = userRoutine("short.json", SHORT);

        CliRun run = CliRun.of(home, "show", file.toString(), "--json");

        assertEquals(0, run.status());
        assertEquals(String.join("\n",
                "{",
                "  \"id\": \"short\",",
                "  \"name\": \"Short\",",
                "  \"totalSeconds\": 4,",
                "  \"manualSegments\": 1,",
                "  \"warnings\": [",
                "    \"" + dev.hangtime.core.routine.Warnings.INVERSION_REMINDER.replace("\"", "\\\"") + "\"",
                "  ],",
                "  \"segments\": [",
                "    {\"index\":0,\"kind\":\"prepare\",\"label\":\"Get ready: Inversion 20°\",\"startSeconds\":0,"
                        + "\"seconds\":1},",
                "    {\"index\":1,\"kind\":\"inversion\",\"label\":\"Inversion 20°\",\"startSeconds\":1,\"seconds\":3,"
                        + "\"angle\":20},",
                "    {\"index\":2,\"kind\":\"prompt\",\"label\":\"Come up slowly\",\"startSeconds\":4,\"seconds\":null}",
                "  ]",
                "}",
                ""), run.out());
    }

    @Test
    void show_unknownId_suggestsCloseIdsAndExits2() {
        CliRun run = CliRun.of(home, "show", "inversion-frst-weeks");

        assertEquals(2, run.status());
        assertEquals("hangtime show: no routine has the id or name \"inversion-frst-weeks\"; did you mean"
                + " inversion-first-weeks or inversion-weeks-3-4? (hangtime list shows them all)\n", run.err());
    }

    @Test
    void show_byTheRoutinesName_whateverTheCase() {
        CliRun run = CliRun.of(home, "show", "ice PACK", "--json");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("{\n  \"id\": \"ice\",\n  \"name\": \"Ice pack\","), run.out());
    }

    @Test
    void aUserFileNamedInWords_takesItsIdFromTheName_andCanBeCalledByIt() throws IOException {
        userRoutine("My Morning.json", "{\"hangtime\": 1, \"name\": \"Morning\", \"steps\": [{\"type\": \"walk\","
                + " \"duration\": \"1 min\"}]}");

        CliRun run = CliRun.of(home, "show", "my-morning", "--json");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("{\n  \"id\": \"my-morning\","), run.out());
        assertEquals("", run.err());
    }

    @Test
    void list_aTagNoRoutineHas_saysSoAndListsTheTags() {
        CliRun run = CliRun.of(home, "list", "--tag", "nope");

        assertEquals(0, run.status());
        assertEquals("", run.out());
        assertEquals("hangtime list: no routine has the tag \"nope\"; the tags there are: beginner, core, facet, heat,"
                + " ice, inversion, sacroiliac, spasm, walk\n", run.err());
    }

    @Test
    void list_isInTheLibrarysOrder_byName() {
        CliRun run = CliRun.of(home, "list");

        List<String> names = lines(run.out()).stream().map(l -> l.substring(23, 50).strip()).collect(Collectors.toList());
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.toList()), names);
        assertEquals("Core basics", names.get(0));
    }

    @Test
    void show_invalidFile_printsItsProblemsAndExits1() throws IOException {
        Path file = userRoutine("bad.json", "{\"hangtime\": 1, \"name\": \"Bad\",\n \"steps\": [{\"type\": \"rest\", \"duration\": \"1x\"}]}");

        CliRun run = CliRun.of(home, "show", file.toString());

        assertEquals(1, run.status());
        assertEquals(file + ":2:41: steps[0].duration: \"1x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")\n",
                run.out());
    }

    @Test
    void show_theIdOfABrokenUserFile_printsItsProblemsOnce_notThatNoRoutineHasTheId() throws IOException {
        Path file = userRoutine("mine.json", "{\"hangtime\": 1, \"name\": \"Mine\",\n \"steps\": [{\"type\": \"rest\", \"duration\": \"1x\"}]}");

        CliRun run = CliRun.of(home, "show", "mine");

        assertEquals(1, run.status());
        assertEquals(file + ":2:41: steps[0].duration: \"1x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")\n",
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void validate_goodAndBadFiles_reportsEachAndExits1() throws IOException {
        Path good = userRoutine("short.json", SHORT);
        Path bad = userRoutine("bad.json", "{\"hangtime\": 2, \"name\": \"Bad\", \"steps\": []}");

        CliRun run = CliRun.of(home, "validate", good.toString(), bad.toString());

        assertEquals(1, run.status());
        assertEquals(List.of(good + ": ok", good + ": warning: " + dev.hangtime.core.routine.Warnings.INVERSION_REMINDER,
                bad + ":1:14: hangtime: written by a newer Hangtime (format 2); this version reads format 1"),
                lines(run.out()));
    }

    @Test
    void warnings_sayTheirPlace_asProblemsDo_inValidateAndShow() throws IOException {
        Path ice = userRoutine("long-ice.json", "{\"hangtime\": 1, \"name\": \"Long ice\", \"steps\": [\n"
                + "  {\"type\": \"walk\", \"duration\": \"5m\"},\n  {\"type\": \"ice\", \"duration\": \"25 min\"}]}");
        String warning = ice + ":3:3: warning: steps[1]: ice for 25 minutes, longer than 20 minutes (keep ice to 20"
                + " minutes at most, with a cloth between pack and skin, then at least an hour off)";

        CliRun validate = CliRun.of(home, "validate", ice.toString());
        CliRun show = CliRun.of(home, "show", ice.toString());

        assertEquals(List.of(ice + ": ok", warning), lines(validate.out()));
        assertTrue(show.out().endsWith("Warnings:\n  - " + warning + "\n"), show.out());
    }

    @Test
    void validate_allGood_exits0() throws IOException {
        Path good = userRoutine("plain.json", "{\"hangtime\": 1, \"name\": \"Rest\", \"steps\": [{\"type\": \"rest\", \"duration\": 5}]}");

        CliRun run = CliRun.of(home, "validate", good.toString());

        assertEquals(0, run.status());
        assertEquals(good + ": ok\n", run.out());
    }

    @Test
    void runEvents_printsEveryEventAsJson_andStopsAtAStepNobodyCanAnswer() throws IOException {
        Path file = userRoutine("short.json", SHORT);

        CliRun run = CliRun.withInput(home, "", "run", file.toString(), "--events", "--speed", "1000", "--mute");

        // Standard input is empty, so the closing prompt cannot be answered: the session stops there.
        assertEquals(3, run.status());
        assertEquals(List.of(
                "\"event\":\"session-start\",\"segments\":3,\"totalSeconds\":4}",
                "\"event\":\"segment-start\",\"index\":0,\"kind\":\"prepare\",\"label\":\"Get ready: Inversion 20°\",\"seconds\":1}",
                "\"event\":\"segment-end\",\"index\":0,\"completed\":true,\"spent\":1.000}",
                "\"event\":\"segment-start\",\"index\":1,\"kind\":\"inversion\",\"label\":\"Inversion 20°\",\"seconds\":3,\"angle\":20}",
                "\"event\":\"segment-end\",\"index\":1,\"completed\":true,\"spent\":3.000}",
                "\"event\":\"segment-start\",\"index\":2,\"kind\":\"prompt\",\"label\":\"Come up slowly\",\"seconds\":null}"),
                lines(run.out()).stream().filter(l -> !l.contains("countdown")).limit(6)
                        .map(l -> l.substring(l.indexOf(",") + 1)).collect(Collectors.toList()));
        assertTrue(lines(run.out()).get(lines(run.out()).size() - 1).contains("\"event\":\"session-end\",\"completed\":false"));
    }

    @Test
    void run_speedOutOfRange_isAUsageError() {
        CliRun run = CliRun.of(home, "run", "ice", "--speed", "5000");

        assertEquals(2, run.status());
        assertEquals("hangtime run: --speed must be from 1 to 1000, not 5000 (see hangtime run --help)\n", run.err());
    }

    @Test
    void unknownOption_isAUsageErrorOnOneLine() {
        CliRun run = CliRun.of(home, "list", "--colour");

        assertEquals(2, run.status());
        assertEquals("hangtime list: unknown option --colour (see hangtime list --help)\n", run.err());
    }

    @Test
    void bare_printsHelp() {
        CliRun run = CliRun.of(home);

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Usage: hangtime [COMMAND] [--help] [--version]\n"), run.out());
        assertEquals("hangtime: no terminal here, so no full-screen app; the commands below work anywhere\n",
                run.err());
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }
}
