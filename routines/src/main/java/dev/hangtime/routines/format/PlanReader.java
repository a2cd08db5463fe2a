package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Routine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads plan files ({@code docs/plans.md}), in the same spirit as routine files: a read gives the plan or every
 * problem found, each told with the file, line, column and path of the value at fault, and never throws for
 * anything in the file. The routines a plan names are looked up as it is read, so that a plan it returns names
 * only routines that exist, and sets only values its routines have steps for.
 */
public final class PlanReader {

    /** The routines a plan may name. */
    public interface Routines {

        /** The routine with {@code id}, built-in or the user's. */
        Optional<Routine> find(String id);

        /** The ids most likely meant by a mistyped {@code id}, closest first. */
        List<String> idsCloseTo(String id);
    }

    private PlanReader() {
    }

    /** Reads the plan file at {@code file}; a file without an {@code id} takes its id from the file name. */
    public static PlanReadResult read(Path file, Routines routines) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failed(name, "is a folder, not a plan file (name a .json file)");
            }
            if (Files.isRegularFile(file) && Files.size(file) > Limits.MAX_FILE_BYTES) {
                return failed(name, FileText.TOO_LARGE);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in.readNBytes(Limits.MAX_FILE_BYTES + 1), routines);
            }
        } catch (NoSuchFileException e) {
            return failed(name, "no such file (check the path)");
        } catch (AccessDeniedException e) {
            return failed(name, "permission denied (check the file's permissions)");
        } catch (IOException e) {
            return failed(name, "cannot be read: " + MessageText.escape(String.valueOf(e.getMessage())));
        }
    }

    /** Reads a plan file's content; {@code file} names it in problems and gives the default id. */
    public static PlanReadResult read(String file, byte[] content, Routines routines) {
        try {
            return PlanBinder.bind(file, JsonTree.parse(file, FileText.of(file, content)), routines);
        } catch (Refused e) {
            return PlanReadResult.failed(file, List.of(e.problem()));
        }
    }

    /** Reads a plan file's content given as text; for tests. */
    public static PlanReadResult read(String file, String content, Routines routines) {
        return read(file, content.getBytes(StandardCharsets.UTF_8), routines);
    }

    private static PlanReadResult failed(String file, String message) {
        return PlanReadResult.failed(file, List.of(Problem.inFile(file, message)));
    }
}
