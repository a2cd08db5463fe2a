package dev.hangtime.routines.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.library.RoutineLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a routine file into the editor, and exporting one to share. */
class RoutineFilesTest {

    @TempDir
    Path folder;

    @Test
    void anExportedBuiltIn_importsAsTheSameRoutine() {
        Routine ice = RoutineLibrary.load(folder.resolve("none")).find("ice").orElseThrow().routine();
        Path file = folder.resolve("shared ice.json");

        String said = RoutineFiles.exporting(ice, file);
        RoutineFiles.Imported imported = RoutineFiles.importing(file);

        assertEquals("Exported to " + file + ".", said);
        assertEquals(List.of(), imported.problems());
        assertEquals(Optional.of(ice), RoutineReader.read("again.json",
                DraftJson.of(imported.draft().orElseThrow())).routine());
    }

    @Test
    void aBrokenFile_isNotImported_andSaysWhyInValidatesWords() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"hangtime\": 1, \"name\": \"Broken\", \"steps\": [{\"type\": \"rest\"}]}");

        RoutineFiles.Imported imported = RoutineFiles.importing(file);

        assertEquals(Optional.empty(), imported.draft());
        assertEquals(List.of(file + ":1:45: steps[0]: missing field \"duration\" (a rest step needs: duration)"),
                imported.problems());
    }

    @Test
    void aFileWhereAFolderShouldBe_saysSo() throws IOException {
        Routine ice = RoutineLibrary.load(folder.resolve("none")).find("ice").orElseThrow().routine();
        Files.writeString(folder.resolve("blocker"), "a file, not a folder");
        Path file = folder.resolve("blocker/ice.json");

        assertEquals("Not exported: " + file + ": a file stands where a folder should be.",
                RoutineFiles.exporting(ice, file));
    }
}
