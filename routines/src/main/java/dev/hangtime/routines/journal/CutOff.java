package dev.hangtime.routines.journal;

import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A session that was cut off (a crash, a power loss, a kill, Ctrl-C) and may be picked up again.
 *
 * @param stop where it stopped
 * @param ago how long ago it was last known to run
 */
public record CutOff(SessionRecord session, Stop stop, Duration ago) {

    /** How recent a cut-off session must be to be offered again. */
    public static final Duration WITHIN = Duration.ofHours(12);

    /**
     * The session this device may resume at {@code now}: its latest session, the last started in its file
     * whatever the clock said then ({@link History#sessionsOf}), if that was cut off less than
     * {@link #WITHIN} ago and its process no longer runs. Starting another session on this device supersedes
     * an older cut-off one: only the latest is ever offered.
     *
     * @param device this device's name
     * @param running whether a process recorded in the journal still runs; {@link ProcessRef#isAlive} but for tests
     */
    public static Search find(History history, String device, Instant now, Predicate<ProcessRef> running) {
        String self = DeviceName.sanitize(device);
        List<SessionRecord> mine = history.sessionsOf(self);
        if (mine.isEmpty()) {
            return new Search(Optional.empty(), "no session has been kept on this device");
        }
        SessionRecord latest = mine.get(0);
        if (latest.ending() != Ending.INTERRUPTED) {
            return new Search(Optional.empty(), "the last session here, " + latest.routine().name() + ", was "
                    + latest.ending().word() + ", not cut off");
        }
        if (running.test(latest.process())) {
            return new Search(Optional.empty(), "the last session here, " + latest.routine().name()
                    + ", is still running (process " + latest.process().pid() + ")");
        }
        Duration ago = Duration.between(latest.end().toInstant(), now);
        if (ago.isNegative()) {
            // The clock was set back since; the session cannot be older than nothing.
            ago = Duration.ZERO;
        }
        if (ago.compareTo(WITHIN) >= 0) {
            return new Search(Optional.empty(), "the last session cut off here, " + latest.routine().name()
                    + ", stopped more than 12 hours ago");
        }
        if (latest.stoppedAt().isEmpty()) {
            return new Search(Optional.empty(), "the last session here, " + latest.routine().name()
                    + ", was cut off before its first step began");
        }
        return new Search(Optional.of(new CutOff(latest, latest.stoppedAt().get(), ago)), "");
    }

    /**
     * What {@link #find} found.
     *
     * @param whyNot when nothing was found, why, in words for the user
     */
    public record Search(Optional<CutOff> found, String whyNot) {
    }
}
