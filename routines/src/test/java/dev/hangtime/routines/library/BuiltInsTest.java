package dev.hangtime.routines.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.format.RoutineWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInsTest {

    /** The source folder, not the classpath copy, so that a file added without an index entry is caught. */
    private static final Path SOURCE_FOLDER = Path.of("src/main/resources/dev/hangtime/routines/library");

    static Stream<String> builtIns() {
        return BuiltIns.index().stream();
    }

    @Test
    void index_listsExactlyTheRoutineFilesInTheFolder() throws IOException {
        // given
        List<String> files;
        try (Stream<Path> list = Files.list(SOURCE_FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        // when
        List<String> indexed = BuiltIns.index().stream().sorted().toList();

        // then
        assertEquals(files, indexed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void builtIn_isValid_andNamedByItsId(String file) {
        // given
        String name = file;

        // when
        ReadResult result = BuiltIns.read(name);

        // then
        assertEquals(List.of(), result.problems());
        assertEquals(file.replace(".json", ""), result.routine().orElseThrow().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void builtIn_hasSummaryTagsAndANote(String file) {
        // given
        Routine routine = BuiltIns.read(file).routine().orElseThrow();

        // when
        boolean hasNote = notes(routine.steps()).findAny().isPresent();

        // then
        assertTrue(routine.summary().isPresent(), "summary");
        assertFalse(routine.tags().isEmpty(), "tags");
        assertTrue(hasNote, "at least one note");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void builtIn_warnsOfNothingButTheInversionReminder(String file) {
        // given
        Routine routine = BuiltIns.read(file).routine().orElseThrow();

        // when
        List<String> warnings = Warnings.of(routine).stream().filter(w -> !w.equals(Warnings.INVERSION_REMINDER))
                .toList();

        // then
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void builtIn_expands(String file) {
        // given
        Routine routine = BuiltIns.read(file).routine().orElseThrow();

        // when
        int segments = Expansion.expand(routine).segments().size();

        // then
        assertTrue(segments > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void builtIn_survivesARoundTrip_andItsCanonicalFormIsStable(String file) {
        // given
        Routine routine = BuiltIns.read(file).routine().orElseThrow();

        // when
        String written = RoutineWriter.write(routine);
        Routine reread = RoutineReader.read(file, written).routine().orElseThrow();

        // then
        assertEquals(routine, reread);
        assertEquals(written, RoutineWriter.write(reread));
    }

    private static Stream<String> notes(List<Step> steps) {
        return steps.stream().flatMap(s -> s instanceof Repeat ? notes(((Repeat) s).steps())
                : s.style().note().stream());
    }

    @Test
    void heatAndIce_endsAsTheLastPackComesOff_withTheAdviceToKeepItOff() {
        // given
        Routine routine = BuiltIns.read("heat-ice-alternating.json").routine().orElseThrow();

        // when
        List<dev.hangtime.core.routine.Segment> segments = Expansion.expand(routine).segments();
        dev.hangtime.core.routine.Segment last = segments.get(segments.size() - 1);
        dev.hangtime.core.routine.Segment beforeIt = segments.get(segments.size() - 2);

        // then no idle quarter of an hour after the last pack: the end is saying it is off
        assertEquals(dev.hangtime.core.routine.SegmentKind.HEAT, beforeIt.kind());
        assertTrue(last.isManual(), last.toString());
        assertTrue(last.note().orElseThrow().contains("keep it off"), last.note().toString());
    }
}
