package dev.hangtime.routines.plan;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.routines.journal.JournalLine;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.session.JournalSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Starting and stopping a plan: a line in the journal each, which is all the state a plan has. */
public final class PlanJournal {

    private static final Duration FLUSH = Duration.ofSeconds(10);

    private PlanJournal() {
    }

    /** Starts plan {@code id} today. @return whether it reached the disk; trouble is told to {@code notices} */
    public static boolean start(JournalSetup journals, String id, Notices notices) {
        Clock clock = journals.clock();
        return write(journals, new JournalLine.PlanStarted(UUID.randomUUID(), OffsetDateTime.now(clock),
                clock.getZone(), id), notices);
    }

    /** Stops plan {@code id}. @return whether it reached the disk */
    public static boolean stop(JournalSetup journals, String id, Notices notices) {
        Clock clock = journals.clock();
        return write(journals, new JournalLine.PlanStopped(UUID.randomUUID(), OffsetDateTime.now(clock),
                clock.getZone(), id), notices);
    }

    private static boolean write(JournalSetup journals, JournalLine line, Notices notices) {
        try (JournalWriter writer = journals.writer("the plan was not changed", notices)) {
            writer.write(line);
            return writer.flush(FLUSH) && !writer.failed();
        }
    }
}
