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
 */
public record ReadResult(String file, Optional<Routine> routine, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
        if (routine.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a read gives a routine or problems, not both or neither");
        }
    }

    static ReadResult of(String file, Routine routine) {
        return new ReadResult(file, Optional.of(routine), List.of());
    }

    static ReadResult failed(String file, List<Problem> problems) {
        return new ReadResult(file, Optional.empty(), problems);
    }

    /** Whether the file holds a valid routine. */
    public boolean isValid() {
        return routine.isPresent();
    }
}
