package dev.hangtime.routines.journal;

import dev.hangtime.routines.journal.JournalLine.PlanStarted;
import dev.hangtime.routines.journal.JournalLine.PlanStopped;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A plan started or stopped, as the journal keeps it.
 *
 * @param device the device whose file holds it
 * @param when when, in the zone it happened in: a plan starts on that day
 * @param plan the plan's id
 * @param started whether it was started, rather than stopped
 */
public record PlanEvent(UUID id, String device, ZonedDateTime when, String plan, boolean started) {

    static PlanEvent of(String device, JournalLine line) {
        if (line instanceof PlanStarted) {
            PlanStarted start = (PlanStarted) line;
            return new PlanEvent(start.session(), device, start.wall().atZoneSameInstant(start.zone()), start.plan(),
                    true);
        }
        PlanStopped stop = (PlanStopped) line;
        return new PlanEvent(stop.session(), device, stop.wall().atZoneSameInstant(stop.zone()), stop.plan(), false);
    }
}
