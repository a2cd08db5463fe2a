package dev.hangtime.routines.library;

import dev.hangtime.routines.files.ResourceIndex;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The routines that ship with Hangtime, read from the classpath. A classpath folder cannot be listed
 * reliably once packed in a jar, so {@code index.txt} beside the files names them; a test keeps the index and
 * the folder in step.
 */
final class BuiltIns {

    static final String FOLDER = "/dev/hangtime/routines/library/";
    static final String INDEX = FOLDER + "index.txt";

    /** Problems in built-in files name them so, to tell them apart from the user's files. */
    static final String PREFIX = "built-in/";

    private BuiltIns() {
    }

    /** The file names the index lists, in its order; blank lines and lines starting with # are skipped. */
    static List<String> index() {
        return ResourceIndex.names(INDEX);
    }

    /** Reads every built-in routine; one that fails is reported rather than stopping the others. */
    static List<ReadResult> read() {
        List<ReadResult> results = new ArrayList<>();
        for (String name : index()) {
            results.add(read(name));
        }
        return results;
    }

    static ReadResult read(String name) {
        String file = PREFIX + name;
        try (InputStream in = BuiltIns.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return ReadResult.failed(file,
                        List.of(Problem.inFile(file, "is listed in index.txt but missing from the build")));
            }
            return RoutineReader.read(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
