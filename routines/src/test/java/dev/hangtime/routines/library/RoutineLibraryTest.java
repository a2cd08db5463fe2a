package dev.hangtime.routines.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hangtime.routines.files.SpecialFiles;
import dev.hangtime.routines.format.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineLibraryTest {

    @TempDir
    Path folder;

    private static String walk(String id, String name) {
        return "{\"hangtime\": 1, " + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"name\": \"" + name
                + "\", \"tags\": [\"walk\", \"lunch\"], \"steps\": [{\"type\": \"walk\", \"duration\": \"10m\"}]}";
    }

    private Path write(String file, String content) throws IOException {
        Path path = folder.resolve(file);
        Files.writeString(path, content);
        return path;
    }

    @Test
    void noUserFolder_givesTheBuiltInsAlone() {
        // given
        Path missing = folder.resolve("nowhere");

        // when
        RoutineLibrary library = RoutineLibrary.load(missing);

        // then
        assertEquals(BuiltIns.index().stream().map(f -> f.replace(".json", "")).sorted().toList(),
                library.entries().stream().map(LibraryEntry::id).sorted().toList());
        List<String> names = library.entries().stream().map(e -> e.routine().name()).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertEquals(List.of(), library.problems());
        assertEquals("built-in", library.find("ice").orElseThrow().origin());
    }

    @Test
    void aNamedPipeAmongTheUserRoutines_isReportedWithoutOpeningIt_andTheOthersRead() throws Exception {
        // given
        Path pipe = SpecialFiles.fifo(folder.resolve("a-pipe.json"));
        write("lunch-walk.json", walk(null, "Lunch walk"));

        // when
        RoutineLibrary library = assertTimeoutPreemptively(SpecialFiles.HANG, () -> RoutineLibrary.load(folder));

        // then
        assertEquals(List.of(pipe + ": is a named pipe (FIFO), not a routine file; skipped"),
                library.problems().stream().map(Problem::toString).toList());
        assertEquals(true, library.find("lunch-walk").isPresent());
    }

    @Test
    void aRoutineFolderThatIsALoopOfLinks_isReported_andTheBuiltInsListed() throws IOException {
        // given
        Path routines = folder.resolve("routines");
        Files.createSymbolicLink(routines, folder.resolve("other"));
        Files.createSymbolicLink(folder.resolve("other"), routines);

        // when
        RoutineLibrary library = RoutineLibrary.load(routines);

        // then
        assertEquals(List.of(routines + ": the routine folder cannot be read (FileSystemException: Too many levels of"
                + " symbolic links or unable to access attributes of symbolic link); its routines are left out"),
                library.problems().stream().map(Problem::toString).toList());
        assertEquals(BuiltIns.index().size(), library.entries().size());
    }

    @Test
    void resolveFile_onANamedPipe_isRefusedWithoutOpeningIt() throws Exception {
        // given
        Path pipe = SpecialFiles.fifo(folder.resolve("pipe.json"));

        // when
        Lookup lookup = assertTimeoutPreemptively(SpecialFiles.HANG, () -> RoutineLibrary.resolveFile(pipe.toString()));

        // then
        assertEquals(List.of(pipe + ": is a named pipe (FIFO), not a routine file (name a .json file)"),
                lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void userRoutine_isListedWithItsFile() throws IOException {
        // given
        Path file = write("lunch-walk.json", walk(null, "Lunch walk"));

        // when
        RoutineLibrary library = RoutineLibrary.load(folder);

        // then
        assertEquals(new LibraryEntry(library.find("lunch-walk").orElseThrow().routine(), Optional.of(file), false),
                library.find("lunch-walk").orElseThrow());
        assertEquals(file.toString(), library.find("lunch-walk").orElseThrow().origin());
    }

    @Test
    void userRoutineWithABuiltInsId_shadowsIt_andSaysSo() throws IOException {
        // given
        Path file = write("my-ice.json", walk("ice", "My ice"));

        // when
        RoutineLibrary library = RoutineLibrary.load(folder);

        // then
        LibraryEntry ice = library.find("ice").orElseThrow();
        assertEquals("My ice", ice.routine().name());
        assertEquals(file + " (shadows the built-in)", ice.origin());
        assertEquals(1, library.entries().stream().filter(e -> e.id().equals("ice")).count());
    }

    @Test
    void brokenUserFile_isReportedAndSkipped_andTheOthersStillLoad() throws IOException {
        // given
        Path broken = write("broken.json", "{\"hangtime\": 1, \"name\": \"Broken\", \"steps\": [{\"type\": \"walk\"}]}");
        write("good.json", walk(null, "Good"));

        // when
        RoutineLibrary library = RoutineLibrary.load(folder);

        // then
        assertEquals(List.of(broken + ":1:45: steps[0]: missing field \"duration\" (a walk step needs: duration)"),
                library.problems().stream().map(Problem::toString).toList());
        assertEquals(Optional.empty(), library.find("broken"));
        assertEquals("Good", library.find("good").orElseThrow().routine().name());
    }

    @Test
    void twoUserFilesWithOneId_keepTheFirstByName_andReportTheSecond() throws IOException {
        // given
        Path first = write("a.json", walk("lunch", "First"));
        Path second = write("b.json", walk("lunch", "Second"));

        // when
        RoutineLibrary library = RoutineLibrary.load(folder);

        // then
        assertEquals("First", library.find("lunch").orElseThrow().routine().name());
        assertEquals(List.of(second + ": has the id \"lunch\", which " + first + " already has (give one of them "
                + "another id)"), library.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void filesThatAreNotRoutines_areIgnored() throws IOException {
        // given
        write("notes.txt", "not a routine");
        write(".lunch.json", "editor lock file");
        Files.createDirectory(folder.resolve("old.json"));

        // when
        RoutineLibrary library = RoutineLibrary.load(folder);

        // then
        assertEquals(List.of(), library.problems());
        assertEquals(BuiltIns.index().size(), library.entries().size());
    }

    @Test
    void entriesTagged_filtersByTag() throws IOException {
        // given
        write("lunch-walk.json", walk(null, "Lunch walk"));

        // when
        List<String> ids = RoutineLibrary.load(folder).entriesTagged("lunch").stream().map(LibraryEntry::id).toList();

        // then
        assertEquals(List.of("lunch-walk"), ids);
    }

    @Test
    void resolve_id_findsTheRoutine() {
        // given
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("heat");

        // then
        assertEquals("heat", lookup.entry().orElseThrow().id());
    }

    @Test
    void resolve_mistypedId_suggestsTheClosest() throws IOException {
        // given
        write("lunch-walk.json", walk(null, "Lunch walk"));
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("lunch-wlak");

        // then
        assertEquals(List.of("lunch-wlak: no routine has this id or name (did you mean lunch-walk?)"),
                lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void resolve_mistypedFirstPartOfIds_suggestsEveryIdStartingWithIt() {
        // given the built-in inversion routines
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("invrsion");

        // then
        assertEquals(List.of("invrsion: no routine has this id or name (did you mean one of: inversion-weeks-3-4, "
                + "inversion-building-up, inversion-first-weeks, inversion-oscillation?)"), lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void resolve_partOfSeveralIds_listsThemClosestFirst() throws IOException {
        // given
        write("evening-walk.json", walk(null, "Evening walk"));
        write("evening-stretch.json", walk(null, "Evening stretch"));
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("evening");

        // then
        assertEquals(List.of("evening: no routine has this id or name (did you mean one of: evening-walk, "
                + "evening-stretch?)"), lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void resolve_unrelatedId_pointsToTheList() {
        // given
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("yoga");

        // then
        assertEquals(List.of("yoga: no routine has this id or name (run hangtime list to see them all)"),
                lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void resolve_pathToAFile_readsIt() throws IOException {
        // given
        Path file = write("shared.json", walk("from-physio", "From my physio"));

        // when
        Lookup lookup = RoutineLibrary.load(folder.resolve("none")).resolve(file.toString());

        // then
        assertEquals(new LibraryEntry(lookup.entry().orElseThrow().routine(), Optional.of(file), false),
                lookup.entry().orElseThrow());
        assertEquals("from-physio", lookup.entry().orElseThrow().id());
    }

    @Test
    void resolve_pathToABrokenFile_givesItsProblems() throws IOException {
        // given
        Path file = write("shared.json", "{\"hangtime\": 2}");

        // when
        Lookup lookup = RoutineLibrary.load(folder.resolve("none")).resolve(file.toString());

        // then
        assertEquals(List.of(file + ":1:14: hangtime: written by a newer Hangtime (format 2); this version reads "
                + "format 1"), lookup.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void resolve_idWithAControlCharacter_isPrintedSafely() {
        // given
        RoutineLibrary library = RoutineLibrary.load(folder);

        // when
        Lookup lookup = library.resolve("x\u001b[2J");

        // then
        assertEquals(List.of("x?[2J: no routine has this id or name (run hangtime list to see them all)"),
                lookup.problems().stream().map(Problem::toString).toList());
    }
}
