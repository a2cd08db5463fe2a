package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.DoneSession;
import dev.hangtime.core.plan.Progress;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.PlanEvent;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.safety.PainReadings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which plans are being followed, and where each stands, from the journal alone: its {@code plan-start} and
 * {@code plan-stop} lines, the sessions run for a plan, and the pain scores. Every device's lines count, so a plan
 * started on the laptop and followed on the desktop is one plan; nothing is kept in a file of its own, so nothing
 * can disagree with the journal.
 *
 * <p>A plan is active from a {@code plan-start} until a {@code plan-stop}, the lines taken in the order they
 * happened. A start while it is active changes nothing (two devices that each started it before their journals
 * met follow one plan from the earlier start); a stop while it is not does nothing either.
 *
 * @param active the plans being followed that the library has, by when they started
 * @param unknown the ids of plans being followed that the library no longer has (a user file removed)
 */
public record PlanState(List<PlanRun> active, List<String> unknown) {

    public PlanState {
        active = List.copyOf(active);
        unknown = List.copyOf(unknown);
    }

    /** Where the plans of {@code history} stand on {@code today}. */
    public static PlanState of(History history, PlanLibrary plans, LocalDate today) {
        Map<String, LocalDate> since = new LinkedHashMap<>();
        for (PlanEvent event : history.planEvents()) {
            if (event.started()) {
                since.putIfAbsent(event.plan(), event.when().toLocalDate());
            } else {
                since.remove(event.plan());
            }
        }
        List<LocalDate> redFlags = RedFlags.days(PainReadings.of(history));
        List<PlanRun> active = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        since.forEach((id, start) -> {
            Optional<PlanEntry> entry = plans.find(id);
            if (entry.isEmpty()) {
                unknown.add(id);
                return;
            }
            List<DoneSession> done = done(history, id, start);
            active.add(new PlanRun(entry.get(), start, Progress.of(entry.get().plan(), start, done, redFlags, today),
                    done));
        });
        return new PlanState(active, unknown);
    }

    /** The sessions of {@code history} run for plan {@code id} since {@code start}. */
    private static List<DoneSession> done(History history, String id, LocalDate start) {
        List<DoneSession> done = new ArrayList<>();
        for (SessionRecord session : history.sessions()) {
            if (session.plan().filter(tag -> tag.plan().equals(id)).isPresent()
                    && !session.start().toLocalDate().isBefore(start)) {
                done.add(new DoneSession(session.start().toLocalDate(), session.routine().id(),
                        session.ending() == Ending.COMPLETED));
            }
        }
        return done;
    }

    /** The active plan with {@code id}. */
    public Optional<PlanRun> run(String id) {
        return active.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether plan {@code id} is being followed, whether or not the library has it. */
    public boolean isActive(String id) {
        return run(id).isPresent() || unknown.contains(id);
    }
}
