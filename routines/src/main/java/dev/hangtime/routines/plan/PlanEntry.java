package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.Plan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plan in the library, with where it comes from.
 *
 * @param file the user file it was read from; empty for a built-in plan
 * @param shadowsBuiltIn whether it is a user plan with the id of a built-in one, which it hides
 */
public record PlanEntry(Plan plan, Optional<Path> file, boolean shadowsBuiltIn) {

    public String id() {
        return plan.id();
    }

    /** Where it comes from, in words for a listing: {@code built-in}, or the user file's path. */
    public String origin() {
        if (file.isEmpty()) {
            return "built-in";
        }
        return shadowsBuiltIn ? file.get() + " (shadows the built-in)" : file.get().toString();
    }
}
