package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.DayRoutine;
import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.Stage;
import dev.hangtime.core.safety.DoseLimits;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.util.Optional;

/**
 * A session of a plan as it runs today: the routine with the week's values, the plan and day the journal tags it
 * with, and the week's dose limits.
 *
 * @param session what the week asks
 * @param entry the routine with the week's values, where it comes from
 * @param tag what the journal keeps of the plan
 * @param limits how far "+" may go before it asks: the week's longest hold
 */
public record PlanDay(PlanSession session, LibraryEntry entry, PlanTag tag, DoseLimits limits) {

    /**
     * A session of {@code routineId} for {@code run} today, if the plan's current week has one it counts as.
     *
     * @throws IllegalStateException if the library no longer has the routine (the plan was read against it)
     */
    public static Optional<PlanDay> of(PlanRun run, String routineId, RoutineLibrary routines) {
        Stage stage = run.progress().plan().stage(run.progress().week());
        Optional<PlanSession> session = stage.sessionFor(routineId);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        LibraryEntry base = routines.find(routineId).orElseThrow(() -> new IllegalStateException(
                "plan " + run.id() + " names a routine the library does not have: " + routineId));
        var routine = DayRoutine.build(base.routine(), session.get().values());
        LibraryEntry entry = new LibraryEntry(routine, base.file(), false);
        PlanTag tag = new PlanTag(run.id(), run.progress().week(), run.progress().day());
        DoseLimits limits = DayRoutine.longestHold(routine).map(DoseLimits::ofPlan).orElse(DoseLimits.STANDARD);
        return Optional.of(new PlanDay(session.get(), entry, tag, limits));
    }
}
