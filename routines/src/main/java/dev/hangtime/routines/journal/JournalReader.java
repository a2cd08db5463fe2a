package dev.hangtime.routines.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads every journal file in a folder, forgivingly: a line that cannot be read is skipped and reported,
 * once per file and kind of trouble, and never costs the lines around it. The files are only read.
 */
public final class JournalReader {

    private JournalReader() {
    }

    /** Every {@code *.jsonl} file in {@code folder}, which need not exist, by file name. */
    public static JournalContents read(Path folder) {
        List<JournalEntry> entries = new ArrayList<>();
        List<JournalProblem> problems = new ArrayList<>();
        for (Path file : files(folder, problems)) {
            readFile(file, entries, problems);
        }
        return new JournalContents(entries, problems);
    }

    private static List<Path> files(Path folder, List<JournalProblem> problems) {
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
            problems.add(new JournalProblem(folder, 0, "the journal folder cannot be read (" + reason(e)
                    + "); no history can be shown"));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    static void readFile(Path file, List<JournalEntry> entries, List<JournalProblem> problems) {
        // A device file or a pipe could be endless; only a regular file is a journal.
        if (!Files.isRegularFile(file)) {
            problems.add(new JournalProblem(file, 0, "is not a regular file; skipped"));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            problems.add(new JournalProblem(file, 0, "cannot be read (" + reason(e) + "); its sessions are left out"));
            return;
        }
        new FileLines(file, bytes, entries, problems).read();
    }

    /** The lines of one file and the tally of what could not be read in it. */
    private static final class FileLines {
        private final Path file;
        private final String device;
        private final byte[] bytes;
        private final List<JournalEntry> entries;
        private final List<JournalProblem> problems;
        private int newer;
        private int firstNewer;
        private int broken;
        private int firstBroken;
        private String firstBrokenWhy;

        FileLines(Path file, byte[] bytes, List<JournalEntry> entries, List<JournalProblem> problems) {
            this.file = file;
            this.device = DeviceName.ofFile(file);
            this.bytes = bytes;
            this.entries = entries;
            this.problems = problems;
        }

        void read() {
            int start = 0;
            int number = 0;
            // A broken line followed by a "repaired" line was seen and reported when it was the torn last line.
            JournalEntry pendingBroken = null;
            String pendingWhy = null;
            while (start < bytes.length) {
                int end = indexOf('\n', start);
                boolean last = end < 0;
                int stop = last ? bytes.length : end;
                number++;
                String text;
                try {
                    text = utf8(start, stop).strip();
                } catch (CharacterCodingException e) {
                    text = null;
                }
                start = stop + 1;
                if (text != null && text.isEmpty()) {
                    continue;
                }
                JournalLine line = null;
                String why = "not valid UTF-8";
                if (text != null) {
                    try {
                        line = LineCodec.read(text);
                    } catch (LineCodec.Unreadable e) {
                        if (e.newer) {
                            settle(pendingBroken, pendingWhy, false);
                            pendingBroken = null;
                            countNewer(number);
                            continue;
                        }
                        why = e.getMessage();
                    }
                }
                if (line == null) {
                    settle(pendingBroken, pendingWhy, false);
                    pendingBroken = null;
                    if (last) {
                        problems.add(new JournalProblem(file, number, "the last line is incomplete (a crash or"
                                + " power loss while it was written); skipped"));
                    } else {
                        pendingBroken = new JournalEntry(device, file, number, null);
                        pendingWhy = why;
                    }
                    continue;
                }
                settle(pendingBroken, pendingWhy, line instanceof JournalLine.Repaired);
                pendingBroken = null;
                entries.add(new JournalEntry(device, file, number, line));
            }
            settle(pendingBroken, pendingWhy, false);
            report();
        }

        /** Counts a broken line, unless the line after it says it was torn and has been seen to. */
        private void settle(JournalEntry broken, String why, boolean repaired) {
            if (broken == null || repaired) {
                return;
            }
            if (this.broken++ == 0) {
                firstBroken = broken.line();
                firstBrokenWhy = why;
            }
        }

        private void countNewer(int number) {
            if (newer++ == 0) {
                firstNewer = number;
            }
        }

        private void report() {
            if (broken > 0) {
                problems.add(new JournalProblem(file, firstBroken, firstBrokenWhy + (broken == 1 ? "; skipped"
                        : "; skipped, with " + (broken - 1) + " more line" + (broken == 2 ? "" : "s")
                        + " that could not be read")));
            }
            if (newer > 0) {
                problems.add(new JournalProblem(file, firstNewer, (newer == 1 ? "1 line was" : newer + " lines were")
                        + " written by a later version of Hangtime and skipped (update Hangtime to see them)"));
            }
        }

        private int indexOf(char c, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private String utf8(int from, int to) throws CharacterCodingException {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
        }
        if (e instanceof OutOfMemoryError) {
            return "too large";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
