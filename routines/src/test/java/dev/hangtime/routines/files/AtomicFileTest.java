package dev.hangtime.routines.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void replace_writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("nested").resolve("settings.json");

        AtomicFile.replace(file, "{\"volume\": 80}\n");

        assertEquals("{\"volume\": 80}\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("settings.json"), names(file.getParent()));
    }

    @Test
    void replace_overAnOldFile_leavesOnlyTheNewContent() throws IOException {
        Path file = Files.writeString(folder.resolve("ice.json"), "old content that is longer than the new");

        AtomicFile.replace(file, "new °");

        assertEquals("new °", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("ice.json"), names(folder));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
