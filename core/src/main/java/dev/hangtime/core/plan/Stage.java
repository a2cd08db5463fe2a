package dev.hangtime.core.plan;

import java.util.List;
import java.util.Optional;

/**
 * A part of a plan's schedule: the same sessions for one or more weeks in a row.
 *
 * @param weeks how many weeks it lasts
 * @param label what the weeks are called, such as "Weeks 1–2: 10 minutes"
 * @param note why these values: the source of each number
 * @param sessions what each of its weeks asks for
 */
public record Stage(int weeks, Optional<String> label, Optional<String> note, List<PlanSession> sessions) {

    public Stage {
        sessions = List.copyOf(sessions);
        if (weeks < 1 || sessions.isEmpty()) {
            throw new IllegalArgumentException("a stage lasts a week or more, with a session or more");
        }
    }

    /** Its session that a session of {@code routineId} counts as, if any. */
    public Optional<PlanSession> sessionFor(String routineId) {
        return sessions.stream().filter(s -> s.counts(routineId)).findFirst();
    }
}
