package dev.hangtime.routines.journal;

import dev.hangtime.routines.files.IoTrouble;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads every journal file in a folder, forgivingly: a line that cannot be read is skipped and reported,
 * once per file and kind of trouble, and never costs the lines around it. The files are only read.
 *
 * <p>Files are read a buffer at a time and each line is handed on as soon as it is read, so that a reader that
 * folds lines as they come (as {@link History} does) needs memory for what it keeps, not for the journal.
 */
public final class JournalReader {

    /**
     * The most a journal file may hold. Two sessions a day write a few MB a year; a file larger than this is no
     * journal (a disk image, a file damaged into something else), and reading it through would take a long while.
     */
    static final long MAX_FILE = 1L << 30;

    /** The longest line read; Hangtime writes lines of a few hundred bytes. A longer one is skipped unread. */
    static final int MAX_LINE = 1 << 20;

    private JournalReader() {
    }

    /** Where a read puts what it reads, in file order, line by line, as it reads it. */
    interface Sink {

        /** A line that could be read, {@code number} one-based in {@code file}. */
        void line(String device, Path file, int number, JournalLine line);

        /** Something that could not be read. */
        void problem(JournalProblem problem);
    }

    /** Every {@code *.jsonl} file in {@code folder}, which need not exist, by file name. */
    public static JournalContents read(Path folder) {
        List<JournalEntry> entries = new ArrayList<>();
        List<JournalProblem> problems = new ArrayList<>();
        read(folder, new Sink() {
            @Override
            public void line(String device, Path file, int number, JournalLine line) {
                entries.add(new JournalEntry(device, file, number, line));
            }

            @Override
            public void problem(JournalProblem problem) {
                problems.add(problem);
            }
        });
        return new JournalContents(entries, problems);
    }

    /**
     * Every {@code *.jsonl} file in {@code folder}, which need not exist, by file name, line by line into
     * {@code sink}.
     */
    static void read(Path folder, Sink sink) {
        LineCodec.Decoder decoder = new LineCodec.Decoder();
        for (Path file : files(folder, sink)) {
            readFile(file, decoder, sink);
        }
    }

    private static List<Path> files(Path folder, Sink sink) {
        List<Path> files = new ArrayList<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + DeviceName.EXTENSION)) {
            for (Path file : stream) {
                if (!file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            sink.problem(new JournalProblem(folder, 0, "the journal folder cannot be read (" + reason(e)
                    + "); no history can be shown"));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static void readFile(Path file, LineCodec.Decoder decoder, Sink sink) {
        // A device file or a pipe could be endless; only a regular file is a journal.
        if (!Files.isRegularFile(file)) {
            sink.problem(new JournalProblem(file, 0, "is not a regular file; skipped"));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE) {
                sink.problem(new JournalProblem(file, 0, "cannot be read (too large); its sessions are left out"));
                return;
            }
            new FileLines(file, in, decoder, sink).read();
        } catch (IOException e) {
            sink.problem(new JournalProblem(file, 0, "cannot be read (" + reason(e) + "); its sessions are left out"));
        }
    }

    /** The lines of one file and the tally of what could not be read in it. */
    private static final class FileLines {
        private final Path file;
        private final String device;
        private final InputStream in;
        private final LineCodec.Decoder decoder;
        private final Sink sink;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] buffer = new byte[64 * 1024];
        /** The bytes read but not yet taken as lines: {@code buffer[start, end)}. */
        private int start;
        private int end;
        private boolean eof;
        private int number;
        private int newer;
        private int firstNewer;
        private int broken;
        private int firstBroken;
        private String firstBrokenWhy;
        /** A broken line, until it is known whether a "repaired" line follows it: it was then reported as torn. */
        private int pendingBroken;
        private String pendingWhy;

        FileLines(Path file, InputStream in, LineCodec.Decoder decoder, Sink sink) {
            this.file = file;
            this.device = DeviceName.ofFile(file);
            this.in = in;
            this.decoder = decoder;
            this.sink = sink;
        }

        void read() {
            try {
                while (nextLine()) {
                    // each line is taken as it is found
                }
            } catch (IOException e) {
                sink.problem(new JournalProblem(file, number + 1, "cannot be read from this line on (" + reason(e)
                        + "); the rest of the file is left out"));
            }
            settle(false);
            report();
        }

        /** Takes the next line; false at the end of the file. */
        private boolean nextLine() throws IOException {
            int scanned = start;
            int stop;
            boolean tooLong = false;
            while (true) {
                stop = indexOfNewline(scanned, end);
                if (stop >= 0 || eof) {
                    break;
                }
                if (end - start >= MAX_LINE) {
                    // Too long to be a line Hangtime wrote: skip it without keeping it.
                    tooLong = true;
                    start = end;
                }
                // fill() moves what is kept to the front of the buffer: the part scanned moves with it.
                int seen = end - start;
                fill();
                scanned = start + seen;
            }
            boolean last = stop < 0;
            if (last && start == end && !tooLong) {
                return false;
            }
            int lineEnd = last ? end : stop;
            number++;
            if (tooLong) {
                taken(null, "longer than " + (MAX_LINE >> 20) + " MB, which no version of Hangtime writes", last);
            } else {
                take(start, lineEnd, last);
            }
            start = last ? end : stop + 1;
            return !last;
        }

        /** Makes room in the buffer and reads more into it; sets {@link #eof} at the end of the file. */
        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }

        private int indexOfNewline(int from, int to) {
            byte[] b = buffer;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Reads the line in {@code buffer[from, to)}. */
        private void take(int from, int to, boolean last) {
            boolean ascii = true;
            for (int i = from; i < to; i++) {
                if (buffer[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            if (!ascii) {
                takeText(from, to, last);
                return;
            }
            // Whitespace around a line is no part of it, as String.strip() has it for these characters.
            while (from < to && Character.isWhitespace(buffer[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(buffer[to - 1])) {
                to--;
            }
            if (from == to) {
                return;
            }
            if (hasNul(from, Math.min(to, from + 4))) {
                // A NUL among the first bytes would have the JSON parser take the line for UTF-16 or UTF-32.
                takeText(from, to, last);
                return;
            }
            try {
                taken(decoder.read(buffer, from, to - from), null, last);
            } catch (LineCodec.Unreadable e) {
                unreadable(e, last);
            }
        }

        private boolean hasNul(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == 0) {
                    return true;
                }
            }
            return false;
        }

        /** Reads a line that is not plain ASCII by way of its text, which it must be as UTF-8. */
        private void takeText(int from, int to, boolean last) {
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(buffer, from, to - from)).toString().strip();
            } catch (CharacterCodingException e) {
                taken(null, "not valid UTF-8", last);
                return;
            }
            if (text.isEmpty()) {
                return;
            }
            try {
                taken(decoder.read(text), null, last);
            } catch (LineCodec.Unreadable e) {
                unreadable(e, last);
            }
        }

        private void unreadable(LineCodec.Unreadable e, boolean last) {
            if (e.newer) {
                settle(false);
                if (newer++ == 0) {
                    firstNewer = number;
                }
                return;
            }
            taken(null, e.getMessage(), last);
        }

        /** A line read, or one that could not be, and why. */
        private void taken(JournalLine line, String why, boolean last) {
            if (line == null) {
                settle(false);
                if (last) {
                    sink.problem(new JournalProblem(file, number, "the last line is incomplete (a crash or"
                            + " power loss while it was written); skipped"));
                } else {
                    pendingBroken = number;
                    pendingWhy = why;
                }
                return;
            }
            settle(line instanceof JournalLine.Repaired);
            sink.line(device, file, number, line);
        }

        /** Counts the broken line pending, unless the line after it says it was torn and has been seen to. */
        private void settle(boolean repaired) {
            if (pendingBroken == 0) {
                return;
            }
            if (!repaired && broken++ == 0) {
                firstBroken = pendingBroken;
                firstBrokenWhy = pendingWhy;
            }
            pendingBroken = 0;
            pendingWhy = null;
        }

        private void report() {
            if (broken > 0) {
                sink.problem(new JournalProblem(file, firstBroken, firstBrokenWhy + (broken == 1 ? "; skipped"
                        : "; skipped, with " + (broken - 1) + " more line" + (broken == 2 ? "" : "s")
                        + " that could not be read")));
            }
            if (newer > 0) {
                sink.problem(new JournalProblem(file, firstNewer, (newer == 1 ? "1 line was" : newer + " lines were")
                        + " written by a later version of Hangtime and skipped (update Hangtime to see them)"));
            }
        }
    }

    /** In plain words, without the path, which the sentence already names. */
    private static String reason(Throwable e) {
        return IoTrouble.words(e);
    }
}
