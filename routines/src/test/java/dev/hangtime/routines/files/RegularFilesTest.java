package dev.hangtime.routines.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFilesTest {

    @TempDir
    Path folder;

    @Test
    void whatElse_ofEachKindOfPath_saysWhatItIs() throws IOException, InterruptedException {
        Path file = Files.writeString(folder.resolve("file.json"), "{}");
        Path pipe = SpecialFiles.fifo(folder.resolve("pipe.json"));

        assertEquals(java.util.List.of(Optional.empty(), Optional.of("a folder"), Optional.of("a named pipe (FIFO)"),
                Optional.of("a device")), java.util.List.of(RegularFiles.whatElse(file), RegularFiles.whatElse(folder),
                RegularFiles.whatElse(pipe), RegularFiles.whatElse(Path.of("/dev/zero"))));
    }

    @Test
    void whatElse_ofNothing_throws() {
        assertThrows(NoSuchFileException.class, () -> RegularFiles.whatElse(folder.resolve("missing.json")));
    }
}
