package dev.hangtime.routines.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Appends numbered pain lines with long notes to one journal file, for the test that runs several of these
 * processes at once: {@code AppendMain FILE WRITER COUNT NOTE_LENGTH}.
 */
public final class AppendMain {

    private AppendMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        int noteLength = Integer.parseInt(args[3]);
        try (AppendFile out = AppendFile.open(file, Clock.systemUTC())) {
            for (int i = 0; i < count; i++) {
                out.append(line(writer, i, noteLength));
            }
        }
    }

    /** Line {@code i} of {@code writer}: its note says whose and which it is, padded to {@code noteLength}. */
    static byte[] line(String writer, int i, int noteLength) {
        String tag = writer + "#" + i + "#";
        String note = tag + String.valueOf((char) ('a' + i % 26)).repeat(Math.max(0, noteLength - tag.length()));
        JournalLine line = new JournalLine.Pain(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC),
                ZoneOffset.UTC, false, OptionalInt.of(i % 11), Optional.of(note));
        return (LineWriter.write(line) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
