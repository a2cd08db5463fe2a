package dev.hangtime.routines.format;

import dev.hangtime.core.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What reading a plan file gave: the plan, or every problem found in it, never both.
 *
 * @param file the file as the user named it
 * @param plan the plan, when the file has no problems
 * @param problems in the order they appear in the file; empty when the plan is present
 */
public record PlanReadResult(String file, Optional<Plan> plan, List<Problem> problems) {

    public PlanReadResult {
        problems = List.copyOf(problems);
        if (plan.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a read gives a plan or problems, not both or neither");
        }
    }

    static PlanReadResult failed(String file, List<Problem> problems) {
        return new PlanReadResult(file, Optional.empty(), problems);
    }
}
