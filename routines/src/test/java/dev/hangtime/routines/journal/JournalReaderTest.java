package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.hangtime.routines.files.SpecialFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a journal folder that has been through crashes, newer versions and odd files. */
class JournalReaderTest {

    @TempDir
    Path folder;

    private static String pain(int score) {
        return "{\"v\":1,\"type\":\"pain\",\"session\":\"00000000-0000-4000-8000-00000000000" + score + "\","
                + "\"wall\":\"2026-03-02T06:30:00Z\",\"zone\":\"UTC\",\"afterSession\":false,\"score\":" + score + "}";
    }

    private Path file(String name, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> scores(JournalContents contents) {
        return contents.entries().stream().map(e -> ((JournalLine.Pain) e.content()).score().getAsInt())
                .collect(Collectors.toList());
    }

    private static List<String> problems(JournalContents contents) {
        return contents.problems().stream().map(JournalProblem::toString).collect(Collectors.toList());
    }

    @Test
    void read_aTornLastLine_isReportedOnceAndTheRestKept() throws IOException {
        Path file = file("laptop.jsonl", pain(1) + "\n" + pain(2) + "\n" + pain(3).substring(0, 40));

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1, 2), scores(contents));
        assertEquals(List.of(file + ":3: the last line is incomplete (a crash or power loss while it was written);"
                + " skipped"), problems(contents));
    }

    @Test
    void read_aTornLineThatWasRepaired_isNotReportedAgain() throws IOException {
        file("laptop.jsonl", pain(1) + "\n" + pain(2).substring(0, 30) + "\n"
                + "{\"v\":1,\"type\":\"repaired\",\"session\":\"00000000-0000-4000-8000-0000000000ff\","
                + "\"wall\":\"2026-03-02T07:00:00Z\",\"bytes\":30}\n" + pain(3) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(), problems(contents));
        assertEquals(3, contents.entries().size());
        assertEquals(List.of(1, 4), contents.entries().stream().filter(e -> e.content() instanceof JournalLine.Pain)
                .map(JournalEntry::line).collect(Collectors.toList()));
    }

    @Test
    void read_linesFromALaterVersion_areReportedOnceForTheFileAndSkipped() throws IOException {
        Path file = file("laptop.jsonl", pain(1) + "\n{\"v\":3,\"type\":\"session-start\",\"hologram\":true}\n"
                + pain(2) + "\n{\"v\":7}\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1, 2), scores(contents));
        assertEquals(List.of(file + ":2: 2 lines were written by a later version of Hangtime and skipped"
                + " (update Hangtime to see them)"), problems(contents));
    }

    @Test
    void read_brokenLinesInTheMiddle_areReportedOnceWithTheFirstAndACount() throws IOException {
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, '\n'};
        Path file = folder.resolve("laptop.jsonl");
        Files.write(file, (pain(1) + "\n\n   \n{\"v\":1,\"type\":\"mark\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, notUtf8, java.nio.file.StandardOpenOption.APPEND);
        Files.write(file, (pain(2) + "\n").getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1, 2), scores(contents));
        assertEquals(List.of(file + ":4: \"session\" is missing; skipped, with 1 more line that could not be read"),
                problems(contents));
    }

    @Test
    void read_aFileThatIsNotARegularFile_isReportedAndTheOthersRead() throws IOException {
        Path odd = Files.createDirectory(folder.resolve("a-folder.jsonl"));
        file("laptop.jsonl", pain(1) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1), scores(contents));
        assertEquals(List.of(odd + ": is a folder, not a journal file; skipped"), problems(contents));
    }

    @Test
    void read_aJournalFolderThatIsALoopOfLinks_saysSo() throws IOException {
        Path journal = folder.resolve("journal");
        Files.createSymbolicLink(journal, folder.resolve("other"));
        Files.createSymbolicLink(folder.resolve("other"), journal);

        JournalContents contents = JournalReader.read(journal);

        assertEquals(List.of(journal + ": the journal folder cannot be read (FileSystemException: Too many levels of"
                + " symbolic links or unable to access attributes of symbolic link); no history can be shown"),
                problems(contents));
    }

    @Test
    void read_aJournalFolderThatIsALinkToNothing_orAFile_saysSo() throws IOException {
        Path dangling = Files.createSymbolicLink(folder.resolve("journal"), folder.resolve("gone"));
        Path file = file("journal-file", "");

        List<String> said = List.of(problems(JournalReader.read(dangling)).get(0),
                problems(JournalReader.read(file)).get(0));

        assertEquals(List.of(dangling + ": the journal folder is a symbolic link to nothing (it points to "
                + folder.resolve("gone") + "); no history can be shown", file + ": the journal folder is a file, not a"
                + " folder; no history can be shown"), said);
    }

    @Test
    void read_aNamedPipe_isReportedWithoutOpeningIt() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("phone.jsonl"));
        file("laptop.jsonl", pain(1) + "\n");

        JournalContents contents = assertTimeoutPreemptively(SpecialFiles.HANG, () -> JournalReader.read(folder));

        assertEquals(List.of(1), scores(contents));
        assertEquals(List.of(pipe + ": is a named pipe (FIFO), not a journal file; skipped"), problems(contents));
    }

    @Test
    void read_aFileTooLargeToRead_isReportedAndTheOthersRead() throws IOException {
        Path huge = folder.resolve("huge.jsonl");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        file("laptop.jsonl", pain(1) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1), scores(contents));
        assertEquals(List.of(huge + ": cannot be read (too large); its sessions are left out"), problems(contents));
    }

    @Test
    void read_aFileThatMayNotBeRead_isReportedAndTheOthersRead() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may read anything");
        Path locked = file("desktop.jsonl", pain(2) + "\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        file("laptop.jsonl", pain(1) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1), scores(contents));
        assertEquals(List.of(locked + ": cannot be read (permission denied); its sessions are left out"),
                problems(contents));
    }

    @Test
    void read_everyDevicesFile_byNameAndLeavesOutOtherFiles() throws IOException {
        file("phone.jsonl", pain(3) + "\n");
        file("laptop.jsonl", pain(1) + "\n" + pain(2) + "\n");
        file(".hidden.jsonl", pain(4) + "\n");
        file("notes.txt", pain(5) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1, 2, 3), scores(contents));
        assertEquals(List.of("laptop", "laptop", "phone"),
                contents.entries().stream().map(JournalEntry::device).collect(Collectors.toList()));
    }

    @Test
    void read_moreLinesThanOneBufferHolds_readsEveryOneWithItsNumber() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(pain(i % 10)).append('\n');
        }
        file("laptop.jsonl", text.toString());

        JournalContents contents = JournalReader.read(folder);

        assertEquals(3000, contents.entries().size());
        assertEquals(List.of(1, 1500, 3000), List.of(contents.entries().get(0).line(),
                contents.entries().get(1499).line(), contents.entries().get(2999).line()));
        assertEquals(9, ((JournalLine.Pain) contents.entries().get(2999).content()).score().getAsInt());
    }

    @Test
    void read_aLineLongerThanAnyHangtimeWrites_isReportedAndSkipped() throws IOException {
        Path file = file("laptop.jsonl", pain(1) + "\n{\"note\":\"" + "x".repeat(3 << 20) + "\"}\n" + pain(2) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(1, 2), scores(contents));
        assertEquals(List.of(file + ":2: longer than 64 KB, which no version of Hangtime writes; skipped"),
                problems(contents));
    }

    @Test
    void read_aLineWithTextLongerThanAnyHangtimeWrites_isReportedAndSkipped() throws IOException {
        String longName = pain(1).replace("\"afterSession\"", "\"note\":\"" + "x".repeat(9000) + "\",\"afterSession\"");
        Path file = file("laptop.jsonl", longName + "\n" + pain(2) + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(List.of(2), scores(contents));
        assertEquals(List.of(file + ":1: a value in it is larger than any Hangtime writes (text of more than 8,192"
                + " characters, a number of more than 64 digits or objects nested more than 8 deep); skipped"),
                problems(contents));
    }

    @Test
    void read_aNoteBeyondAscii_isReadAsUtf8() throws IOException {
        file("laptop.jsonl", pain(1).replace("}", ",\"note\":\"genou — mieux, déjà\"}") + "\n");

        JournalContents contents = JournalReader.read(folder);

        assertEquals(java.util.Optional.of("genou — mieux, déjà"),
                ((JournalLine.Pain) contents.entries().get(0).content()).note());
    }

    @Test
    void read_aFolderThatDoesNotExist_isEmpty() {
        JournalContents contents = JournalReader.read(folder.resolve("none"));

        assertEquals(new JournalContents(List.of(), List.of()), contents);
    }
}
