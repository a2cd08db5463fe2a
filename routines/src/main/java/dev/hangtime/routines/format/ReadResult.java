package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Routine;
import java.util.List;
import java.util.Optional;

/**
 * What reading a routine file gave: the routine, or every problem found in the file, never both.
 *
 * @param file the file as the user named it
 * @param routine the routine, when the file has no problems
 * @param problems in the order they appear in the file; empty when the routine is present
 * @param warnings the routine format's warnings for the routine, each at the step it concerns; empty when there
 *     is no routine
 */
public record ReadResult(String file, Optional<Routine> routine, List<Problem> problems, List<FileWarning> warnings) {

    public ReadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (routine.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a read gives a routine or problems, not both or neither");
        }
    }

    static ReadResult of(String file, Routine routine, List<FileWarning> warnings) {
        return new ReadResult(file, Optional.of(routine), List.of(), warnings);
    }

    /** A read that found {@code problems}, and so no routine. */
    public static ReadResult failed(String file, List<Problem> problems) {
        return new ReadResult(file, Optional.empty(), problems, List.of());
    }

    /** Whether the file holds a valid routine. */
    public boolean isValid() {
        return routine.isPresent();
    }
}
