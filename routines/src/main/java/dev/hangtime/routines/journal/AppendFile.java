package dev.hangtime.routines.journal;

import dev.hangtime.routines.files.RegularFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A journal file opened for appending. Each line goes out in one {@code write} to a file opened with
 * {@code O_APPEND}, so the system puts it whole at the end of the file even when another process appends to
 * the same file at the same moment, and is forced to the device before the next line, so a crash or power
 * loss loses at most the line being written.
 */
final class AppendFile implements Appender {

    /** How far back from the end {@link #tornTail} looks. */
    static final int TAIL = 64 * 1024;

    private final Path file;
    private final FileChannel channel;

    private AppendFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens {@code file} for appending, creating it and its folder if need be. If the file does not end with
     * a line break, the last write to it was cut off: the torn line is closed and a {@code repaired} line says
     * so, so that the next line starts cleanly and readers know the damage was seen.
     */
    static AppendFile open(Path file, Clock clock) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean existed = existingJournal(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        AppendFile appendFile = new AppendFile(file, channel);
        try {
            if (!existed) {
                forceFolder(folder);
            }
            int torn = tornTail(file);
            if (torn > 0) {
                JournalLine.Repaired repaired = new JournalLine.Repaired(UUID.randomUUID(),
                        OffsetDateTime.now(clock), torn);
                appendFile.append(("\n" + LineWriter.write(repaired) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return appendFile;
    }

    /**
     * Whether {@code file} is there, as a regular file; anything else there is refused before it is opened:
     * opening a named pipe to write waits for a reader, perhaps for ever.
     */
    private static boolean existingJournal(Path file) throws IOException {
        try {
            Optional<String> other = RegularFiles.whatElse(file);
            if (other.isPresent()) {
                throw new IOException("it is " + other.get() + ", not a journal file");
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void append(byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        // One write only: finishing a short write with a second one could put another process's line in
        // between. A short write leaves a torn line, which the next open closes and readers skip.
        int written = channel.write(buffer);
        if (buffer.hasRemaining()) {
            throw new IOException(file + ": only " + written + " of " + line.length + " bytes were written");
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * The length of the unfinished line at the end of {@code file}, or 0 when it ends cleanly. Looks at the
     * last {@value #TAIL} bytes at most: a line is never that long, so a tail without a break is torn anyway.
     */
    static int tornTail(Path file) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ)) {
            long size = in.size();
            int length = (int) Math.min(size, TAIL);
            ByteBuffer tail = ByteBuffer.allocate(length);
            in.position(size - length);
            while (tail.hasRemaining() && in.read(tail) > 0) {
                // read the whole tail
            }
            int end = tail.position();
            for (int i = end - 1; i >= 0; i--) {
                if (tail.get(i) == '\n') {
                    return end - 1 - i;
                }
            }
            return end;
        }
    }

    /** Makes the new file's name durable too; not every system can open a folder, and then this does nothing. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the file's own force still holds its content.
        }
    }
}
