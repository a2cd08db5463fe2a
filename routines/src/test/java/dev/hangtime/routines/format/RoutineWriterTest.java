package dev.hangtime.routines.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Walk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineWriterTest {

    @Test
    void canonicalFile_isWrittenBackByteForByte() {
        // given: a file in canonical form with one of each step type and every optional field
        String canonical = Fixtures.text("good/everything.json");
        Routine routine = RoutineReader.read("everything.json", canonical).routine().orElseThrow();

        // when
        String written = RoutineWriter.write(routine);

        // then
        assertEquals(canonical, written);
    }

    @Test
    void durationsAsPeopleWriteThem_areWrittenBackInTheCanonicalForm() {
        // given
        String written = "{\"hangtime\": 1, \"name\": \"Walks\", \"steps\": [{\"type\": \"walk\", \"duration\": \"1:30\"}, "
                + "{\"type\": \"walk\", \"duration\": \"15 min\"}, {\"type\": \"rest\", \"duration\": \"1m 30s\"}, "
                + "{\"type\": \"walk\", \"duration\": \"1 hour 5 minutes\"}]}";
        Routine routine = RoutineReader.read("walks.json", written).routine().orElseThrow();

        // when
        String canonical = RoutineWriter.write(routine);

        // then
        assertEquals(java.util.Arrays.asList("\"1m30s\"", "\"15m\"", "\"1m30s\"", "\"1h5m\""),
                canonical.lines().filter(l -> l.contains("\"duration\"")).map(l -> l.replaceAll(".*: ", "")
                        .replace(",", "")).toList());
    }

    @Test
    void defaults_areLeftOut_andDurationsTakeTheirShortestForm() {
        // given
        Routine routine = new Routine("plank", "Plank", Optional.empty(), List.of(), Cues.INHERIT, List.of(
                Exercise.timed("Plank", Duration.ofSeconds(90), 1, Duration.ZERO, Sides.ONE,
                        new StepStyle(Optional.empty(), Optional.empty(), Duration.ZERO, Cues.INHERIT)),
                new Walk(Duration.ofHours(1), Optional.empty(), StepStyle.NONE)));

        // when
        String written = RoutineWriter.write(routine);

        // then
        assertEquals("{\n"
                + "  \"hangtime\": 1,\n"
                + "  \"id\": \"plank\",\n"
                + "  \"name\": \"Plank\",\n"
                + "  \"steps\": [\n"
                + "    {\n"
                + "      \"type\": \"exercise\",\n"
                + "      \"name\": \"Plank\",\n"
                + "      \"work\": \"1m30s\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"type\": \"walk\",\n"
                + "      \"duration\": \"1h\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", written);
    }

    @Test
    void unevenReps_areWrittenAsAList_withoutSets() {
        // given
        Routine routine = new Routine("curl-up", "Curl-up", Optional.empty(), List.of(), Cues.INHERIT, List.of(
                Exercise.reps("Curl-up", List.of(5, 3, 1), Optional.empty(), Duration.ZERO, Duration.ZERO,
                        Sides.ONE, StepStyle.NONE)));

        // when
        String written = RoutineWriter.write(routine);

        // then
        assertEquals("{\n"
                + "  \"hangtime\": 1,\n"
                + "  \"id\": \"curl-up\",\n"
                + "  \"name\": \"Curl-up\",\n"
                + "  \"steps\": [\n"
                + "    {\n"
                + "      \"type\": \"exercise\",\n"
                + "      \"name\": \"Curl-up\",\n"
                + "      \"reps\": [5, 3, 1]\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", written);
    }

    @Test
    void save_replacesTheFileWhole_andLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        // given
        Path file = folder.resolve("everything.json");
        Files.writeString(file, "old content");
        Routine routine = RoutineReader.read("everything.json", Fixtures.text("good/everything.json")).routine()
                .orElseThrow();

        // when
        RoutineWriter.save(routine, file);

        // then
        assertEquals(Fixtures.text("good/everything.json"), Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
