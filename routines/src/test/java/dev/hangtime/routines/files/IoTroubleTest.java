package dev.hangtime.routines.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IoTroubleTest {

    @Test
    void words_sayWhatWentWrongInPlainWords_neverTheNameOfAnException() {
        assertEquals(List.of("no such file or folder", "permission denied", "a file stands where a folder should be",
                "a file stands where a folder should be", "the disk is full", "the disk is read-only", "disk gone",
                "the system gave no reason"), List.of(
                IoTrouble.words(new NoSuchFileException("/x/journal/laptop.jsonl")),
                IoTrouble.words(new AccessDeniedException("/x")),
                IoTrouble.words(new FileAlreadyExistsException("/x")),
                IoTrouble.words(new FileSystemException("/x", null, "Not a directory")),
                IoTrouble.words(new IOException("No space left on device")),
                IoTrouble.words(new FileSystemException("/x", null, "Read-only file system")),
                IoTrouble.words(new IOException("disk gone")),
                IoTrouble.words(new IOException())));
    }
}
