package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.SegmentKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One line of the journal: something that happened in a session, or a pain score. {@code docs/journal.md}
 * gives the format. Every line names its session and carries the wall-clock time it was written, with the
 * offset in force; lines that happen inside a run also carry {@code t}, the session's own elapsed time, which
 * is what durations are measured with.
 */
public sealed interface JournalLine {

    /**
     * The latest version of the line format, which this code reads; readers skip lines of a later version. Each
     * line is written with the earliest version that has its type, so that an older reader still reads every
     * line it knows: sessions and pain are version 1, safety answers and plans version 2.
     */
    int VERSION = 2;

    /** The session the line belongs to; a pain score given outside a session has an id of its own. */
    UUID session();

    /** When the line was written, by the wall clock, with the offset of the zone in force then. */
    OffsetDateTime wall();

    /** What happened, as the line's {@code type} field says it: {@code session-start}, {@code mark}, … */
    String type();

    /**
     * A session began.
     *
     * @param routine the routine run
     * @param segments how many segments the routine expands to
     * @param steps how many routine steps they make ({@link dev.hangtime.core.routine.Timeline#steps()}); for a
     *     line written before steps were kept, as many as the segments
     * @param planned the planned length of its timed segments
     * @param painBefore the pain score given just before, 0–10
     * @param process the process running it, so that another process can tell it is still running
     * @param plan the plan and day it was run for, when it was run from a plan
     */
    record Started(UUID session, OffsetDateTime wall, ZoneId zone, RoutineRef routine, int segments, int steps,
            Duration planned, OptionalInt painBefore, ProcessRef process, Optional<PlanTag> plan)
            implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "session-start";

        public Started {
            if (painBefore.isPresent() && (painBefore.getAsInt() < 0 || painBefore.getAsInt() > 10)) {
                throw new IllegalArgumentException("a pain score is from 0 to 10: " + painBefore.getAsInt());
            }
        }

        /** A session run on its own, outside any plan. */
        public Started(UUID session, OffsetDateTime wall, ZoneId zone, RoutineRef routine, int segments, int steps,
                Duration planned, OptionalInt painBefore, ProcessRef process) {
            this(session, wall, zone, routine, segments, steps, planned, painBefore, process, Optional.empty());
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A segment began; {@code length} is empty for a segment that waits for the user. */
    record SegmentBegan(UUID session, OffsetDateTime wall, Duration t, Place place, Optional<Duration> length)
            implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "segment-start";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A segment ended after {@code spent} of active time. {@code cut} when the run was interrupted there
     * (Ctrl-C, the window closed): the segment is neither completed nor skipped, and may be picked up again.
     */
    record SegmentEnded(UUID session, OffsetDateTime wall, Duration t, Place place, boolean completed, Duration spent,
            boolean cut) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "segment-end";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Time stopped, {@code spent} into the current segment. */
    record Paused(UUID session, OffsetDateTime wall, Duration t, int index, Duration spent) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "paused";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Time runs again, {@code spent} into the current segment. */
    record Resumed(UUID session, OffsetDateTime wall, Duration t, int index, Duration spent) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "resumed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The user lengthened the current segment by {@code added}, to {@code length}. */
    record TimeAdded(UUID session, OffsetDateTime wall, Duration t, int index, Duration added, Duration length)
            implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "time-added";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The session was still running, {@code spent} into the current segment: written every half minute, so
     * that a session cut off by a crash says where it stopped and when, to within that.
     */
    record Mark(UUID session, OffsetDateTime wall, Duration t, int index, Duration spent) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "mark";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The session did not see time go by: the computer slept, or the process was stopped, for {@code away}. In a
     * heat or ice segment that time counted as on the skin, and {@code spent}, the segment's time so far, holds it;
     * any other segment paused, without it.
     */
    record TimeAway(UUID session, OffsetDateTime wall, Duration t, int index, Duration away, Duration spent)
            implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "time-away";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The session ended, how, after {@code active} time in this run. */
    record Ended(UUID session, OffsetDateTime wall, ZoneId zone, Duration t, Ending how, Duration active)
            implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "session-end";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A session that was cut off is picked up again by another run, which goes on writing under the same
     * session id.
     *
     * @param index the segment the new run starts at
     * @param already how much of that segment counts as done already; the new run's end of that segment
     *     includes it
     * @param down how long the session was down, by the wall clock
     * @param packStayedOn for a heat or ice segment, whether the pack stayed on while the session was down
     * @param credit the segment that was running when the session was cut off, with the time it counts for,
     *     unless the new run carries it on (then its time is in {@code already})
     */
    record Continued(UUID session, OffsetDateTime wall, ZoneId zone, int index, Duration already, Duration down,
            Optional<Boolean> packStayedOn, Optional<Credit> credit, ProcessRef process) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "session-continue";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A pain score, 0–10, and a note: after the session {@code session} ({@code afterSession}), or on its own,
     * on a day without a session.
     */
    record Pain(UUID session, OffsetDateTime wall, ZoneId zone, boolean afterSession, OptionalInt score,
            Optional<String> note) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "pain";

        @Override
        public String type() {
            return TYPE;
        }

        public Pain {
            if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 10)) {
                throw new IllegalArgumentException("a pain score is from 0 to 10: " + score.getAsInt());
            }
            if (score.isEmpty() && note.isEmpty()) {
                throw new IllegalArgumentException("a pain line has a score, a note or both");
            }
        }
    }

    /**
     * The line before this one was cut off when the file was last written (a crash or power loss in the
     * middle of a write) and has been closed so that new lines start cleanly. Readers need not report it again.
     */
    record Repaired(UUID session, OffsetDateTime wall, int bytes) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "repaired";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The answer given on the safety screen, or that it was forgotten ({@code hangtime safety --reset}). The
     * latest, across every device, is the one in force.
     *
     * @param list the version of the safety list it answered
     * @param answer {@link #NONE_APPLIES}, {@link #SOMETHING_APPLIES} or {@link #FORGOTTEN}
     */
    record Safety(UUID session, OffsetDateTime wall, ZoneId zone, int list, String answer) implements JournalLine {

        public static final String NONE_APPLIES = "none-applies";
        public static final String SOMETHING_APPLIES = "something-applies";
        public static final String FORGOTTEN = "forgotten";

        /** The line's {@code type}. */
        public static final String TYPE = "safety";

        @Override
        public String type() {
            return TYPE;
        }

        public Safety {
            if (!answer.equals(NONE_APPLIES) && !answer.equals(SOMETHING_APPLIES) && !answer.equals(FORGOTTEN)) {
                throw new IllegalArgumentException("\"answer\" is \"" + answer + "\", not one of " + NONE_APPLIES
                        + ", " + SOMETHING_APPLIES + ", " + FORGOTTEN);
            }
        }
    }

    /** A plan was started, on the day {@code wall} gives in {@code zone}. */
    record PlanStarted(UUID session, OffsetDateTime wall, ZoneId zone, String plan) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "plan-start";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A plan was stopped. */
    record PlanStopped(UUID session, OffsetDateTime wall, ZoneId zone, String plan) implements JournalLine {

        /** The line's {@code type}. */
        public static final String TYPE = "plan-stop";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The plan a session was run for.
     *
     * @param plan the plan's id
     * @param week the week of the plan whose values it ran with, from 1
     * @param day the day of the plan it was run on, from 1 (the day the plan started)
     */
    record PlanTag(String plan, int week, int day) {

        public PlanTag {
            if (week < 1 || day < 1) {
                throw new IllegalArgumentException("a plan's weeks and days count from 1: week " + week + ", day " + day);
            }
        }
    }

    /**
     * A routine as the journal keeps it: enough to show it in history and to find it again for resuming.
     *
     * @param hash SHA-256 of the routine's canonical file form, so a routine changed since can be told apart
     * @param file the file it was run from, when it was named by path rather than id
     */
    record RoutineRef(String id, String name, String hash, Optional<String> file) {
    }

    /**
     * A segment as the journal keeps it.
     *
     * @param step the routine step it belongs to ({@link dev.hangtime.core.routine.Segment#step()}); for a line
     *     written before steps were kept, its index
     */
    record Place(int index, SegmentKind kind, String title, int step) {

        /** A segment kept without its step, as lines written before steps were kept have it. */
        public Place(int index, SegmentKind kind, String title) {
            this(index, kind, title, index);
        }
    }

    /** Time credited to the segment a session was cut off in, when it is picked up again. */
    record Credit(Place place, Duration spent, boolean completed) {
    }

    /**
     * A process, told apart from a later one that reuses its id by when it started.
     *
     * @param started empty where the system does not say
     */
    record ProcessRef(long pid, Optional<Instant> started) {

        /** This process. */
        public static ProcessRef current() {
            ProcessHandle self = ProcessHandle.current();
            return new ProcessRef(self.pid(), self.info().startInstant());
        }

        /** Whether this process is still running. */
        public boolean isAlive() {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                return false;
            }
            Optional<Instant> now = handle.get().info().startInstant();
            return started.isEmpty() || now.isEmpty() || started.equals(now);
        }
    }
}
