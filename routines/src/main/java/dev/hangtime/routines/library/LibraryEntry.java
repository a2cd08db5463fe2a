package dev.hangtime.routines.library;

import dev.hangtime.core.routine.Routine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A routine in the library, with where it comes from.
 *
 * @param routine the routine
 * @param file the user file it was read from; empty for a built-in routine
 * @param shadowsBuiltIn whether it is a user routine with the id of a built-in one, which it hides
 */
public record LibraryEntry(Routine routine, Optional<Path> file, boolean shadowsBuiltIn) {

    public LibraryEntry {
        if (shadowsBuiltIn && file.isEmpty()) {
            throw new IllegalArgumentException("only a user routine can shadow a built-in one");
        }
    }

    static LibraryEntry builtIn(Routine routine) {
        return new LibraryEntry(routine, Optional.empty(), false);
    }

    /** The routine's id. */
    public String id() {
        return routine.id();
    }

    /**
     * Where it comes from, in words for a listing: {@code built-in}, the user file's path, or the path followed
     * by {@code (shadows the built-in)}.
     */
    public String origin() {
        if (file.isEmpty()) {
            return "built-in";
        }
        return shadowsBuiltIn ? file.get() + " (shadows the built-in)" : file.get().toString();
    }
}
