package dev.hangtime.routines.journal;

import dev.hangtime.core.control.StepOutcomes;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Continued;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import dev.hangtime.routines.journal.JournalLine.TimeAway;
import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Folds one session's lines, in the order they were written, into a {@link SessionRecord}.
 *
 * <p>Time is counted from segment ends. The segment running when the session was cut off has no end line;
 * its time so far, from the last line that says (a mark, a pause), is counted unless a later run carries it on.
 */
final class SessionFold {

    private final Started start;
    private final String device;
    private final Path file;
    private final int startLine;
    private final Map<SegmentKind, Duration> byKind = new EnumMap<>(SegmentKind.class);
    private Duration active = Duration.ZERO;
    /** Counted as the end page counts them, so that history and the end page agree. */
    private final StepOutcomes outcomes = new StepOutcomes();
    private int runs = 1;
    /** How many of the session's lines this file holds: a copy of the file may hold fewer, or more. */
    private int lines = 1;
    private ProcessRef process;
    private ZoneId zone;
    /** The last line's wall time, and the zone it is told in: the session's zone when it was written. */
    private OffsetDateTime lastWall;
    private ZoneId lastZone;
    private Ending ending;
    private Optional<Stop> stoppedAt = Optional.empty();
    private OptionalInt painAfter = OptionalInt.empty();
    private Optional<String> note = Optional.empty();

    /** The segment running, whose time no end line has counted yet. */
    private Place open;
    private Duration openSpent = Duration.ZERO;
    /** The last segment that ended, until it is known whether the next began or the session stopped there. */
    private SegmentEnded lastEnd;

    SessionFold(Started start, String device, Path file, int startLine) {
        this.start = start;
        this.device = device;
        this.file = file;
        this.startLine = startLine;
        this.process = start.process();
        this.zone = start.zone();
        this.lastWall = start.wall();
        this.lastZone = start.zone();
    }

    /** The file that holds the session. */
    Path file() {
        return file;
    }

    /** The line of the file the session starts at. */
    int startLine() {
        return startLine;
    }

    /** The device whose file holds it. */
    String device() {
        return device;
    }

    /** How many of the session's lines have been folded, its first included. */
    int lines() {
        return lines;
    }

    void add(JournalLine line) {
        lines++;
        if (!(line instanceof Pain)) {
            lastWall = line.wall();
            lastZone = zone;
        }
        if (line instanceof SegmentBegan) {
            lastEnd = null;
            open = ((SegmentBegan) line).place();
            outcomes.started(open.index(), open.step());
            openSpent = Duration.ZERO;
        } else if (line instanceof SegmentEnded) {
            segmentEnded((SegmentEnded) line);
        } else if (line instanceof Paused) {
            progress(((Paused) line).index(), ((Paused) line).spent());
        } else if (line instanceof Resumed) {
            progress(((Resumed) line).index(), ((Resumed) line).spent());
        } else if (line instanceof Mark) {
            progress(((Mark) line).index(), ((Mark) line).spent());
        } else if (line instanceof TimeAway) {
            // The segment's end line counts its time; this says how far it had gone when the session looked again.
            progress(((TimeAway) line).index(), ((TimeAway) line).spent());
        } else if (line instanceof TimeAdded) {
            // The length matters to the run, not to the record.
            return;
        } else if (line instanceof Ended) {
            ended((Ended) line);
        } else if (line instanceof Continued) {
            continued((Continued) line);
        } else if (line instanceof Pain) {
            Pain pain = (Pain) line;
            if (pain.score().isPresent()) {
                painAfter = pain.score();
            }
            if (pain.note().isPresent()) {
                note = pain.note();
            }
        }
    }

    private void segmentEnded(SegmentEnded end) {
        lastEnd = null;
        if (end.cut()) {
            // Cut off by an interruption: its time stays open, to be carried on or counted at the end.
            open = end.place();
            openSpent = end.spent();
            return;
        }
        open = null;
        count(end.place().kind(), end.spent());
        outcomes.ended(end.place().index(), end.completed());
        lastEnd = end;
    }

    private void progress(int index, Duration spent) {
        if (open != null && open.index() == index) {
            openSpent = spent;
        }
    }

    private void ended(Ended end) {
        outcomes.sessionEnded(end.how() == Ending.COMPLETED);
        ending = end.how();
        zone = end.zone();
        lastZone = zone;
        if (open != null) {
            stoppedAt = Optional.of(new Stop(open, openSpent, false));
        } else if (lastEnd != null && !lastEnd.completed()) {
            stoppedAt = Optional.of(new Stop(lastEnd.place(), lastEnd.spent(), false));
        } else {
            stoppedAt = Optional.empty();
        }
        if (end.how() == Ending.COMPLETED) {
            stoppedAt = Optional.empty();
        }
        lastEnd = null;
    }

    private void continued(Continued next) {
        runs++;
        ending = null;
        stoppedAt = Optional.empty();
        zone = next.zone();
        process = next.process();
        // The segment that was cut off is either carried on (its time is then in the new run's "already")
        // or credited here; either way its open time is not counted on its own.
        open = null;
        openSpent = Duration.ZERO;
        lastEnd = null;
        if (next.credit().isPresent()) {
            Credit credit = next.credit().get();
            count(credit.place().kind(), credit.spent());
            outcomes.ended(credit.place().index(), credit.completed());
        }
    }

    private void count(SegmentKind kind, Duration spent) {
        active = active.plus(spent);
        byKind.merge(kind, spent, Duration::plus);
    }

    SessionRecord record() {
        Duration total = active;
        Map<SegmentKind, Duration> kinds = new EnumMap<>(byKind);
        Ending how = ending;
        Optional<Stop> where = stoppedAt;
        if (how == null) {
            how = Ending.INTERRUPTED;
            if (open != null) {
                where = Optional.of(new Stop(open, openSpent, false));
            } else if (lastEnd != null) {
                where = Optional.of(new Stop(lastEnd.place(), lastEnd.spent(), lastEnd.completed()));
            }
        }
        if (open != null && !openSpent.isZero()) {
            // Done before the cut, and never carried on: it counts.
            total = total.plus(openSpent);
            kinds.merge(open.kind(), openSpent, Duration::plus);
        }
        return new SessionRecord(start.session(), device, start.routine(), start.wall().atZoneSameInstant(start.zone()),
                lastWall.atZoneSameInstant(lastZone), how, total, kinds, outcomes.completedSteps(),
                outcomes.skippedSteps(), where,
                start.painBefore(), painAfter, note, start.segments(), start.steps(), runs, process,
                start.plan());
    }
}
