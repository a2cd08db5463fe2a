package dev.hangtime.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A session of a plan's week: a routine, on which days of the week, how many times on each, with what values.
 *
 * @param routine the routine's id
 * @param alternatives routines that count as this session when run instead ("heat or ice")
 * @param days the days of the plan's week it is due on, 1–7 (day 1 is the weekday the plan started on)
 * @param perDay how many times on each of those days
 * @param values what the week sets in the routine
 */
public record PlanSession(String routine, List<String> alternatives, List<Integer> days, int perDay,
        WeekValues values) {

    public static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    public PlanSession {
        alternatives = List.copyOf(alternatives);
        days = List.copyOf(days);
        if (days.isEmpty() || perDay < 1) {
            throw new IllegalArgumentException("a plan's session is due at least once a week");
        }
    }

    /** How many of it the week asks for. */
    public int perWeek() {
        return days.size() * perDay;
    }

    /** Its routine, then its alternatives. */
    public List<String> routines() {
        List<String> all = new ArrayList<>();
        all.add(routine);
        all.addAll(alternatives);
        return List.copyOf(all);
    }

    /** Whether a session of {@code routineId} counts as this one. */
    public boolean counts(String routineId) {
        return routine.equals(routineId) || alternatives.contains(routineId);
    }

    /** Whether it is due on {@code dayOfWeek}, 1–7. */
    public boolean dueOn(int dayOfWeek) {
        return days.contains(dayOfWeek);
    }
}
