package dev.hangtime.routines.library;

import dev.hangtime.routines.format.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a routine named by the user turned out to be: the routine, or the problems that stop it being used.
 *
 * @param entry the routine and where it comes from
 * @param problems why there is none: a wrong id with the ids close to it, or the problems of a file
 */
public record Lookup(Optional<LibraryEntry> entry, List<Problem> problems) {

    public Lookup {
        problems = List.copyOf(problems);
        if (entry.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a lookup finds a routine or problems, not both or neither");
        }
    }

    static Lookup found(LibraryEntry entry) {
        return new Lookup(Optional.of(entry), List.of());
    }

    static Lookup failed(Problem problem) {
        return new Lookup(Optional.empty(), List.of(problem));
    }
}
