package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hangtime.routines.files.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock("2026-03-02T06:30:00Z", "UTC");
    private final List<String> trouble = new CopyOnWriteArrayList<>();

    private static JournalLine pain(int score) {
        return new JournalLine.Pain(ID, OffsetDateTime.parse("2026-03-02T06:30:00Z"), UTC, false, OptionalInt.of(score),
                Optional.empty());
    }

    private static String painText(int score) {
        return "{\"v\":1,\"type\":\"pain\",\"session\":\"00000000-0000-4000-8000-00000000000a\","
                + "\"wall\":\"2026-03-02T06:30:00Z\",\"zone\":\"UTC\",\"afterSession\":false,\"score\":" + score + "}\n";
    }

    @Test
    void write_appendsEachLineToTheDevicesFile() throws IOException {
        JournalWriter writer = JournalWriter.open(folder.resolve("journal"), "Kitchen Laptop", clock, trouble::add);

        writer.write(pain(3));
        writer.write(pain(4));
        writer.close();

        assertEquals(painText(3) + painText(4),
                Files.readString(folder.resolve("journal/kitchen-laptop.jsonl"), StandardCharsets.UTF_8));
        assertEquals(List.of(), trouble);
    }

    @Test
    void open_onAFileWhoseLastLineWasCutOff_closesItAndSaysSoBeforeTheNextLine() throws IOException {
        Path file = folder.resolve("laptop.jsonl");
        Files.writeString(file, painText(3) + "{\"v\":1,\"type\":\"pa", StandardCharsets.UTF_8);
        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble::add);

        writer.write(pain(5));
        writer.close();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertEquals("{\"v\":1,\"type\":\"pa", lines.get(1));
        assertTrue(lines.get(2).matches("\\{\"v\":1,\"type\":\"repaired\",\"session\":\"[0-9a-f-]{36}\","
                + "\"wall\":\"2026-03-02T06:30:00Z\",\"bytes\":17}"), lines.get(2));
        assertEquals(painText(5), lines.get(3) + "\n");
    }

    @Test
    void open_onANamedPipe_refusesItWithoutOpeningIt() throws Exception {
        Path pipe = SpecialFiles.fifo(folder.resolve("laptop.jsonl"));
        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble::add);

        writer.write(pain(5));
        boolean written = assertTimeoutPreemptively(SpecialFiles.HANG, () -> writer.flush(SpecialFiles.HANG));
        writer.close();

        assertEquals(List.of(false, "the journal " + pipe + " could not be written (it is a named pipe (FIFO), not a"
                + " journal file)"), List.of(written, String.join("\n", trouble)));
    }

    @Test
    void write_thatFails_isReportedOnceAndNothingMoreIsWritten() {
        int[] attempts = {0};
        Appender full = new Appender() {
            @Override
            public void append(byte[] line) throws IOException {
                attempts[0]++;
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        JournalWriter writer = new JournalWriter(() -> full, "journal/laptop.jsonl", trouble::add);

        writer.write(pain(1));
        writer.write(pain(2));
        writer.write(pain(3));
        boolean flushed = writer.flush(Duration.ofSeconds(5));
        writer.close();

        assertFalse(flushed);
        assertTrue(writer.failed());
        assertEquals(1, attempts[0]);
        assertEquals(List.of("the journal journal/laptop.jsonl could not be written (the disk is full)"), trouble);
    }

    @Test
    void write_intoAFolderThatCannotBeMade_isReportedOnce() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        JournalWriter writer = JournalWriter.open(blocker.resolve("journal"), "laptop", clock, trouble::add);

        writer.write(pain(1));
        writer.write(pain(2));
        writer.close();

        assertEquals(List.of("the journal " + blocker.resolve("journal/laptop.jsonl")
                + " could not be written (a file stands where a folder should be)"), trouble);
    }

    /**
     * A device as the journal: on Linux, /dev/full would refuse every write with ENOSPC, as a full disk does, but
     * it is refused before that, as every file that is not a regular file is.
     */
    @Test
    void write_toADevice_isReportedOnce() throws IOException {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        Path link = Files.createSymbolicLink(folder.resolve("laptop.jsonl"), Path.of("/dev/full"));
        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble::add);

        writer.write(pain(1));
        writer.write(pain(2));
        writer.close();
        Files.delete(link);

        assertEquals(List.of("the journal " + folder.resolve("laptop.jsonl")
                + " could not be written (it is a device, not a journal file)"), trouble);
    }

    @Test
    void write_afterClose_isIgnored() throws IOException {
        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble::add);
        writer.write(pain(1));
        writer.close();

        writer.write(pain(2));

        assertEquals(painText(1), Files.readString(folder.resolve("laptop.jsonl"), StandardCharsets.UTF_8));
    }
}
