package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Limits;
import dev.hangtime.routines.files.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads routine files (format version 1). A read gives either the routine or every problem found, each told
 * with the file, line, column and path of the value at fault. It never throws for anything in the file: too
 * large, not UTF-8, not JSON, too deeply nested or not a valid routine all come back as problems. A routine
 * it returns can be expanded: its size has been measured against the format's limits.
 */
public final class RoutineReader {

    private static final String TOO_LARGE = "too large (a routine file may be at most 1 MiB)";

    private RoutineReader() {
    }

    /**
     * Reads the routine file at {@code file}. Problems name the file as {@code file.toString()}; a file
     * without an {@code id} takes its id from the file name.
     */
    public static ReadResult read(Path file) {
        String name = file.toString();
        try {
            // Before opening it: opening a named pipe waits for a writer, perhaps for ever.
            Optional<String> other = RegularFiles.whatElse(file);
            if (other.isPresent()) {
                return failed(name, "is " + other.get() + ", not a routine file (name a .json file)");
            }
            // Checked before reading, and the read is bounded too, in case the file grows meanwhile.
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                return failed(name, TOO_LARGE);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in.readNBytes(Limits.MAX_FILE_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            return failed(name, "no such file (check the path)");
        } catch (AccessDeniedException e) {
            return failed(name, "permission denied (check the file's permissions)");
        } catch (IOException e) {
            return failed(name, "cannot be read: " + MessageText.escape(String.valueOf(e.getMessage())));
        }
    }

    /** Reads a routine file's content; {@code file} names it in problems and gives the default id. */
    public static ReadResult read(String file, byte[] content) {
        if (content.length > Limits.MAX_FILE_BYTES) {
            return failed(file, TOO_LARGE);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return failed(file, "not valid UTF-8 at line " + lineAt(content, in.position())
                    + " (save the file as UTF-8)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // Some editors start UTF-8 files with a byte order mark; it is not content.
        return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads a routine file's content given as text; for tests and the editor. */
    public static ReadResult read(String file, String content) {
        return read(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadResult parse(String file, String text) {
        Json root;
        try {
            root = JsonTree.parse(file, text);
        } catch (Refused e) {
            return ReadResult.failed(file, List.of(e.problem()));
        }
        return RoutineBinder.bind(file, root);
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ReadResult failed(String file, String message) {
        return ReadResult.failed(file, List.of(Problem.inFile(file, message)));
    }
}
