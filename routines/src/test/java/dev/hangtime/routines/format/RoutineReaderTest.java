package dev.hangtime.routines.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineReaderTest {

    private static final String MINIMAL = "{\"hangtime\": 1, \"name\": \"Easy walk\", \"steps\": "
            + "[{\"type\": \"walk\", \"duration\": \"10m\"}]}";

    @Test
    void specExamples_readExactlyAsTheFormatWritesThem() {
        // given
        String content = Fixtures.text("spec/facet.json");

        // when
        ReadResult result = RoutineReader.read("facet.json", content);

        // then
        assertEquals(List.of(
                "facet.json:5:16: steps[0].angle: 120 is out of range (0–90 degrees)",
                "facet.json:9:5: steps[1]: unknown field \"hodl\" (did you mean \"hold\"?)",
                "facet.json:14:17: steps[2].hold: \"1x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")",
                "facet.json:22:13: steps[3].type: unknown step type \"stretch\" (expected one of: inversion, exercise, "
                        + "rest, walk, heat, ice, prompt, repeat)"), Fixtures.lines(result));
    }

    @Test
    void zeroLengthRestsNested8Deep_readAndExpandToWhatRuns() {
        // given 1000 rounds nested 8 deep around a 0 s rest, then a 10 s walk
        String content = Fixtures.text("good/zero-rests-nested-8-deep.json");

        // when: the guard only stops a hang from holding up the build; walked round by round this never ends
        List<Segment> segments = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Expansion.expand(
                RoutineReader.read("zero.json", content).routine().orElseThrow()).segments());

        // then
        assertEquals(List.of("Walk"), segments.stream().map(Segment::label).toList());
    }

    @Test
    void aNameOf80Emoji_isAsLongAsANameMayBe_countedAsTheyAreSeen() {
        // given a name of 80 runners, each a cluster of 5 UTF-16 units: 400 in all
        String content = Fixtures.text("good/name-80-emoji.json");

        // when
        ReadResult result = RoutineReader.read("emoji.json", content);

        // then
        assertEquals(List.of(), Fixtures.lines(result));
        assertEquals(80, dev.hangtime.core.routine.Limits.visibleLength(result.routine().orElseThrow().name()));
    }

    @Test
    void truncatedFile_saysWhereTheInputEnded() {
        // given
        String content = Fixtures.text("spec/facet-truncated.json");

        // when
        ReadResult result = RoutineReader.read("facet.json", content);

        // then
        assertEquals(List.of("facet.json: not valid JSON: unexpected end of input at line 30, column 1"),
                Fixtures.lines(result));
    }

    @Test
    void newerFormat_isRefusedWithThatOneMessage() {
        // given
        String content = "{\"hangtime\": 2, \"name\": \"From the future\", \"steps\": [], \"colour\": \"red\"}";

        // when
        ReadResult result = RoutineReader.read("future.json", content);

        // then
        assertEquals(List.of("future.json:1:14: hangtime: written by a newer Hangtime (format 2); this version reads "
                + "format 1"), Fixtures.lines(result));
    }

    @Test
    void minimalRoutine_takesItsIdFromTheFileName() {
        // given
        String content = MINIMAL;

        // when
        ReadResult result = RoutineReader.read("routines/easy-walk.json", content);

        // then
        assertEquals("easy-walk", result.routine().orElseThrow().id());
    }

    @Test
    void idDifferentFromFileName_isAllowed() {
        // given
        String content = "{\"hangtime\": 1, \"id\": \"evening-walk\", \"name\": \"Walk\", \"steps\": "
                + "[{\"type\": \"walk\", \"duration\": 600}]}";

        // when
        ReadResult result = RoutineReader.read("copy of walk.json", content);

        // then
        assertEquals("evening-walk", result.routine().orElseThrow().id());
    }

    @Test
    void fileNameInWords_withoutIdField_givesTheIdItMeans() {
        // given
        String content = MINIMAL;

        // when
        ReadResult result = RoutineReader.read("My Walk.json", content);

        // then
        assertEquals("my-walk", result.routine().orElseThrow().id());
    }

    @Test
    void fileNameWithNothingOfAnId_withoutIdField_isReportedForTheWholeFile() {
        // given
        String content = MINIMAL;

        // when
        ReadResult result = RoutineReader.read("¿¿¿.json", content);

        // then
        assertEquals(List.of("¿¿¿.json: the file name does not make a valid id (add an \"id\" such as "
                + "\"my-routine\", or rename the file)"), Fixtures.lines(result));
    }

    @Test
    void everyField_isReadIntoTheModel() {
        // given
        String content = "{\"hangtime\": 1, \"name\": \"Side bridge\", \"summary\": \"Both sides\", "
                + "\"tags\": [\"core\"], \"cues\": {\"countdown\": 5, \"halfway\": true}, \"steps\": ["
                + "{\"type\": \"inversion\", \"angle\": 30, \"hold\": \"1m30s\", \"oscillate\": 5, "
                + "\"label\": \"Tilt\", \"note\": \"Breathe.\\nSlowly.\", \"prepare\": \"10s\", "
                + "\"cues\": {\"halfway\": false}},"
                + "{\"type\": \"exercise\", \"name\": \"Side bridge\", \"reps\": 5, \"hold\": \"10s\", "
                + "\"relax\": \"5s\", \"sets\": 3, \"rest\": \"30s\", \"sides\": \"both\", \"switch\": \"5s\"}]}";

        // when
        ReadResult result = RoutineReader.read("side.json", content);

        // then
        Routine expected = new Routine("side", "Side bridge", Optional.of("Both sides"), List.of("core"),
                new Cues(OptionalInt.of(5), Optional.of(true)), List.of(
                        new Inversion(30, Duration.ofSeconds(90), Optional.of(Duration.ofSeconds(5)),
                                new StepStyle(Optional.of("Tilt"), Optional.of("Breathe.\nSlowly."),
                                        Duration.ofSeconds(10), new Cues(OptionalInt.empty(), Optional.of(false)))),
                        Exercise.reps("Side bridge", List.of(5, 5, 5), Optional.of(Duration.ofSeconds(10)),
                                Duration.ofSeconds(5), Duration.ofSeconds(30), Sides.BOTH, StepStyle.NONE)
                                .withSwitch(Duration.ofSeconds(5))));
        assertEquals(Optional.of(expected), result.routine());
    }

    @Test
    void severalProblems_areAllReportedInFileOrder() {
        // given
        String content = "{\n"
                + "  \"hangtime\": 1,\n"
                + "  \"id\": \"Bad Id\",\n"
                + "  \"tags\": [\"core\", 7],\n"
                + "  \"steps\": [\n"
                + "    {\"type\": \"walk\", \"duration\": \"0s\", \"hold\": \"1m\"},\n"
                + "    {\"type\": \"repeat\", \"times\": 0, \"steps\": [{\"type\": \"rest\"}]}\n"
                + "  ]\n"
                + "}\n";

        // when
        ReadResult result = RoutineReader.read("many.json", content);

        // then
        assertEquals(List.of(
                "many.json:1:1: missing field \"name\" (a routine needs: hangtime, name, steps)",
                "many.json:3:9: id: \"Bad Id\" is not a valid id (use lower-case letters, digits and single hyphens, "
                        + "such as \"bad-id\")",
                "many.json:4:20: tags[1]: expected text, found 7 (write a slug in double quotes, such as "
                        + "\"lower-back\")",
                "many.json:6:34: steps[0].duration: \"0s\" is out of range (1s–4h)",
                "many.json:6:40: steps[0]: \"hold\" does not fit a walk step (remove it; a walk step takes: duration, "
                        + "pace, label, note, prepare, cues)",
                "many.json:7:33: steps[1].times: 0 is out of range (1–1000 times)",
                "many.json:7:46: steps[1].steps[0]: missing field \"duration\" (a rest step needs: duration)"),
                Fixtures.lines(result));
    }

    @Test
    void thousandsOfProblems_listTheFirstHundredAndCountTheRest() {
        // given
        String steps = String.join(", ", java.util.Collections.nCopies(150, "{\"type\": \"rest\"}"));
        String content = "{\"hangtime\": 1, \"name\": \"Generated\", \"steps\": [" + steps + "]}";

        // when
        List<String> lines = Fixtures.lines(RoutineReader.read("generated.json", content));

        // then
        assertEquals(101, lines.size());
        assertEquals("generated.json:1:48: steps[0]: missing field \"duration\" (a rest step needs: duration)",
                lines.get(0));
        assertEquals("generated.json: and 50 more problems (fix these first)", lines.get(100));
    }

    @Test
    void controlCharacterInALabel_isNamedAndEscaped() {
        // given
        String content = "{\"hangtime\": 1, \"name\": \"Walk\", \"steps\": [{\"type\": \"walk\", "
                + "\"duration\": 60, \"label\": \"Go!\\u001b[2J\"}]}";

        // when
        ReadResult result = RoutineReader.read("esc.json", content);

        // then
        assertEquals(List.of("esc.json:1:85: steps[0].label: contains a control character (U+001B) at position 4 "
                + "(remove it)"), Fixtures.lines(result));
    }

    @Test
    void repeatBomb_isRefusedBeforeAnythingIsExpanded() {
        // given: eight nested repeats of 1000 rounds each, 10^24 segments
        String inner = "{\"type\": \"rest\", \"duration\": 1}";
        for (int i = 0; i < 8; i++) {
            inner = "{\"type\": \"repeat\", \"times\": 1000, \"steps\": [" + inner + "]}";
        }
        String content = "{\"hangtime\": 1, \"name\": \"Bomb\", \"steps\": [" + inner + "]}";

        // when
        ReadResult result = RoutineReader.read("bomb.json", content);

        // then
        assertEquals(List.of(
                "bomb.json:1:42: steps: expands to more than 10,000 segments (lower the \"times\" of a repeat, or "
                        + "split the routine in two)",
                "bomb.json:1:42: steps: lasts longer than 24h in all (shorten it, or split it into several "
                        + "routines)"), Fixtures.lines(result));
    }

    @Test
    void repeatsNestedNineDeep_areRefusedAtTheNinth() {
        // given
        String inner = "{\"type\": \"rest\", \"duration\": 1}";
        for (int i = 0; i < 9; i++) {
            inner = "{\"type\": \"repeat\", \"times\": 1, \"steps\": [" + inner + "]}";
        }
        String content = "{\"hangtime\": 1, \"name\": \"Deep\", \"steps\": [" + inner + "]}";

        // when
        ReadResult result = RoutineReader.read("deep.json", content);

        // then
        assertEquals(List.of("deep.json:1:371: steps[0].steps[0].steps[0].steps[0].steps[0].steps[0].steps[0]"
                + ".steps[0].steps[0]: repeats nest 9 deep (at most 8; fold the innermost repeat into the one around "
                + "it)"), Fixtures.lines(result));
    }

    @Test
    void tenThousandNestedLists_areRefusedWithoutExhaustingTheStack() {
        // given
        String content = "[".repeat(10_000) + "]".repeat(10_000);

        // when
        ReadResult result = RoutineReader.read("nested.json", content);

        // then
        assertEquals(List.of("nested.json:1:65: nested more than 64 levels deep (a routine needs far fewer; "
                + "repeats nest at most 8 deep)"), Fixtures.lines(result));
    }

    @Test
    void fileOverOneMebibyte_isRefusedBeforeParsing() {
        // given
        byte[] content = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(content, (byte) '[');

        // when
        ReadResult result = RoutineReader.read("huge.json", content);

        // then
        assertEquals(List.of("huge.json: too large (a routine file may be at most 1 MiB)"), Fixtures.lines(result));
    }

    @Test
    void fileOverOneMebibyteOnDisk_isRefusedWithoutReadingIt(@TempDir Path folder) throws IOException {
        // given
        Path file = folder.resolve("huge.json");
        Files.write(file, new byte[1024 * 1024 + 1]);

        // when
        ReadResult result = RoutineReader.read(file);

        // then
        assertEquals(List.of(file + ": too large (a routine file may be at most 1 MiB)"), Fixtures.lines(result));
    }

    @Test
    void missingFile_isReported(@TempDir Path folder) {
        // given
        Path file = folder.resolve("gone.json");

        // when
        ReadResult result = RoutineReader.read(file);

        // then
        assertEquals(List.of(file + ": no such file (check the path)"), Fixtures.lines(result));
    }

    @Test
    void fileOnDisk_isReadWithItsPathAsTheName(@TempDir Path folder) throws IOException {
        // given
        Path file = folder.resolve("easy-walk.json");
        Files.writeString(file, MINIMAL);

        // when
        ReadResult result = RoutineReader.read(file);

        // then
        assertEquals("easy-walk", result.routine().orElseThrow().id());
    }

    @Test
    void invalidUtf8_saysWhichLine() {
        // given
        byte[] content = "{\n\"hangtime\": 1,\n\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        // when
        ReadResult result = RoutineReader.read("latin1.json", content);

        // then
        assertEquals(List.of("latin1.json: not valid UTF-8 at line 3 (save the file as UTF-8)"),
                Fixtures.lines(result));
    }

    @Test
    void byteOrderMark_isIgnored() {
        // given
        String content = "\uFEFF" + MINIMAL;

        // when
        ReadResult result = RoutineReader.read("bom.json", content);

        // then
        assertTrue(result.isValid(), () -> String.join("\n", Fixtures.lines(result)));
    }

    @Test
    void everyTruncationOfAValidFile_givesProblemsNotExceptions() {
        // given
        String content = Fixtures.text("spec/facet.json").replace("120", "20").replace("hodl", "oscillate")
                .replace("1x", "10s").replace("stretch", "walk").replace("\"prepare\": \"10s\",", "");

        // when
        ReadResult whole = RoutineReader.read("facet.json", content);
        int invalid = 0;
        int length = content.strip().length();
        for (int end = 0; end < length; end++) {
            invalid += RoutineReader.read("facet.json", content.substring(0, end)).isValid() ? 0 : 1;
        }

        // then
        assertEquals(List.of(), Fixtures.lines(whole));
        assertEquals(length, invalid);
    }
}
