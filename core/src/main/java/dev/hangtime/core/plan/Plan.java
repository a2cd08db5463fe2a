package dev.hangtime.core.plan;

import java.util.List;
import java.util.Optional;

/**
 * A multi-week plan: a schedule of stages, each some weeks of sessions built from routines with values for the
 * week. {@code docs/plans.md} gives the file format; {@link Progress} says where someone following it stands.
 *
 * @param id slug that names the plan
 * @param name display name
 * @param summary one line for lists
 * @param tags slugs for filtering, as routines have
 * @param note where its numbers come from
 * @param schedule the stages, in order
 */
public record Plan(String id, String name, Optional<String> summary, List<String> tags, Optional<String> note,
        List<Stage> schedule) {

    /** The longest plan: two years of weeks. */
    public static final int MAX_WEEKS = 104;

    public Plan {
        tags = List.copyOf(tags);
        schedule = List.copyOf(schedule);
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one stage");
        }
        if (schedule.stream().mapToInt(Stage::weeks).sum() > MAX_WEEKS) {
            throw new IllegalArgumentException("a plan lasts at most " + MAX_WEEKS + " weeks");
        }
    }

    /** How many weeks it lasts. */
    public int weeks() {
        return schedule.stream().mapToInt(Stage::weeks).sum();
    }

    /** The stage week {@code week} (from 1) falls in. */
    public Stage stage(int week) {
        int first = 1;
        for (Stage stage : schedule) {
            if (week < first + stage.weeks()) {
                return stage;
            }
            first += stage.weeks();
        }
        throw new IllegalArgumentException("week " + week + " of a plan of " + weeks());
    }

    /** Every routine a session of it runs or counts, in order, once each. */
    public List<String> routines() {
        return schedule.stream().flatMap(stage -> stage.sessions().stream())
                .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.routine()),
                        s.alternatives().stream())).distinct().toList();
    }
}
