package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionListener;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Keeps a session in the journal: attach it to a {@link dev.hangtime.core.session.Session} as a listener and
 * every event worth keeping becomes a line, written and forced to disk by a {@link JournalWriter} as it
 * happens. While the session runs it also writes a {@code mark} line every {@link #MARK_EVERY}, so that a
 * session cut off by a crash says where and when it stopped.
 *
 * <p>Wall-clock times come from the clock and only stamp the lines; every duration comes from the session's
 * events and, for marks, from the session's ticker. The time into a segment that pause, resume and mark lines
 * give is counted from when its start was noticed, which a running loop does within milliseconds. The listener
 * runs on the session's thread and only queues lines, except at the session's end, when it waits (up to {@link #END_WAIT}) for the last line to be
 * on disk, so that a process that exits right after the session, as on Ctrl-C, has written it.
 */
public final class SessionJournal implements SessionListener {

    /** How often a running session writes a {@code mark} line. */
    public static final Duration MARK_EVERY = Duration.ofSeconds(30);

    /** How long the end of a session waits for its last line to be on disk. */
    static final Duration END_WAIT = Duration.ofMillis(1500);

    private final JournalWriter writer;
    private final Clock clock;
    private final Ticker ticker;
    private final UUID id;
    private final Opening opening;
    /** Whether the first line is a new session's start, which holds the pain score before it. */
    private final boolean fresh;

    // Guarded by this: events arrive on the session's thread, marks are taken on the writer's.
    private boolean running;
    private boolean interrupted;
    private long origin;
    private Segment segment;
    private Duration segmentStart = Duration.ZERO;
    private Duration pausedTotal = Duration.ZERO;
    private Duration pausedAt;
    /** Time of the current segment counted before this run: only for the segment a continued session starts at. */
    private Duration carried = Duration.ZERO;
    /**
     * What time away changed in the current segment's time, as the engine counts it: plus the time a pack was on
     * while the computer slept, minus the time any other segment did not run while nobody looked.
     */
    private Duration shifted = Duration.ZERO;
    /** The score for the start line, until it is written. */
    private OptionalInt painBefore = OptionalInt.empty();
    /** The plan the session is run for, for the start line. */
    private Optional<PlanTag> plan = Optional.empty();
    /** Whether the first line has been made: nothing can be added to it after. */
    private boolean opened;

    private SessionJournal(JournalWriter writer, Clock clock, Ticker ticker, UUID id, boolean fresh, Opening opening) {
        this.writer = writer;
        this.clock = clock;
        this.ticker = ticker;
        this.id = id;
        this.fresh = fresh;
        this.opening = opening;
        writer.every(MARK_EVERY, this::mark);
    }

    /**
     * The journal of a new session of {@code routine}.
     *
     * @param clock the wall clock, whose zone is the one the lines are stamped in
     * @param ticker the ticker the session runs on
     * @param painBefore the pain score given before the session; {@link #painBefore} can give it until the
     *     session starts
     */
    public static SessionJournal of(JournalWriter writer, Clock clock, Ticker ticker, RoutineRef routine,
            OptionalInt painBefore) {
        SessionJournal journal = new SessionJournal(writer, clock, ticker, UUID.randomUUID(), true,
                (j, started) -> new JournalLine.Started(j.id, j.now(), clock.getZone(), routine,
                        started.segments(), started.steps(), started.total(), j.painBefore, ProcessRef.current(),
                        j.plan));
        journal.painBefore(painBefore);
        return journal;
    }

    /**
     * The journal of a session that was cut off, picked up again as {@code plan} says: its lines go on under
     * the session's id. The session must be started with {@code plan.index()} and {@code plan.already()}.
     * The session is taken for this process first ({@link ResumeClaim#take}), which writes its
     * {@code session-continue} line, unless this process took it already.
     *
     * @throws ResumeClaim.Taken if another process took it first, or it is no longer there to take
     */
    public static SessionJournal continuing(JournalWriter writer, Clock clock, Ticker ticker, ResumePlan plan) {
        take(writer, clock, plan);
        // The claim wrote the run's first line.
        SessionJournal journal = new SessionJournal(writer, clock, ticker, plan.cutOff().session().id(), false,
                (j, started) -> null);
        journal.carried = plan.already();
        return journal;
    }

    private static void take(JournalWriter writer, Clock clock, ResumePlan plan) {
        Optional<String> refused = ResumeClaim.take(writer, clock, plan);
        if (refused.isPresent()) {
            throw new ResumeClaim.Taken(refused.get());
        }
    }

    /**
     * Keeps a cut-off session that {@code plan} finds has nothing left to run (its last segment was heat or ice
     * and the pack stayed on until its time was up) as picked up and completed, without running anything.
     *
     * @return whether it reached the disk (within a few seconds)
     * @throws ResumeClaim.Taken if another process took the session first, or it is no longer there to take
     */
    public static boolean completeWithoutRunning(JournalWriter writer, Clock clock, ResumePlan plan) {
        if (!plan.nothingLeft()) {
            throw new IllegalArgumentException("the plan has segments left to run");
        }
        take(writer, clock, plan);
        UUID id = plan.cutOff().session().id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        writer.write(new JournalLine.Ended(id, now, clock.getZone(), Duration.ZERO, Ending.COMPLETED, Duration.ZERO));
        return writer.flush(Duration.ofSeconds(5));
    }

    /**
     * Keeps a cut-off session the user will never pick up as stopped where it was cut off, so that it is not
     * offered again: a {@code session-end} with {@code how: stopped} of a run that did nothing ({@code t} and
     * {@code active} 0), as {@link #completeWithoutRunning} ends one.
     *
     * @return whether it reached the disk (within a few seconds)
     */
    public static boolean dismiss(JournalWriter writer, Clock clock, CutOff cutOff) {
        writer.write(new JournalLine.Ended(cutOff.session().id(), OffsetDateTime.now(clock), clock.getZone(),
                Duration.ZERO, Ending.STOPPED, Duration.ZERO));
        return writer.flush(Duration.ofSeconds(5));
    }

    /** The session's id in the journal. */
    public UUID sessionId() {
        return id;
    }

    /**
     * Gives the pain score before the session, for its start line, which is written when the session starts:
     * a front end can ask for it while the session waits to be started, after the journal is attached. Nothing
     * is written until then, so a crash before the start leaves no trace of it, as of the session.
     *
     * @param score 0–10, or empty for none
     * @throws IllegalStateException once the session has started, or for a session that is being continued,
     *     whose score before was given when it first started
     * @throws IllegalArgumentException for a score outside 0–10
     */
    public synchronized void painBefore(OptionalInt score) {
        if (!fresh) {
            throw new IllegalStateException("a continued session keeps the pain score it first started with");
        }
        if (opened) {
            throw new IllegalStateException("the session has started: its start line is written");
        }
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 10)) {
            throw new IllegalArgumentException("a pain score is 0–10, not " + score.getAsInt());
        }
        painBefore = score;
    }

    /**
     * Names the plan and day the session is run for, for its start line; like {@link #painBefore}, any time
     * before it starts.
     *
     * @throws IllegalStateException once the session has started, or for a session that is being continued
     */
    public synchronized void plan(PlanTag tag) {
        if (!fresh || opened) {
            throw new IllegalStateException("a session's plan goes in its start line, which is written already");
        }
        plan = Optional.of(tag);
    }

    /**
     * Says that the session is about to be stopped because the program is being cut off (Ctrl-C, the
     * terminal closed, the system shutting down), not because the user chose to stop: its end is then kept
     * as interrupted, and it can be resumed.
     */
    public synchronized void interrupted() {
        interrupted = true;
    }

    /**
     * Keeps the pain score and note given after the session. Call it once the session has ended.
     *
     * @return whether it reached the disk (within a few seconds)
     */
    public boolean painAfter(OptionalInt score, Optional<String> note) {
        writer.write(new JournalLine.Pain(id, now(), clock.getZone(), true, score, note));
        return writer.flush(Duration.ofSeconds(5));
    }

    @Override
    public void on(SessionEvent event) {
        JournalLine line;
        synchronized (this) {
            line = lineFor(event);
        }
        if (line != null) {
            writer.write(line);
        }
        if (event instanceof SessionEvent.SessionEnded) {
            writer.flush(END_WAIT);
        }
    }

    private JournalLine lineFor(SessionEvent event) {
        Duration t = event.at();
        if (event instanceof SessionEvent.SessionStarted) {
            origin = ticker.read() - t.toNanos();
            running = true;
            opened = true;
            return opening.line(this, (SessionEvent.SessionStarted) event);
        } else if (event instanceof SessionEvent.SegmentStarted) {
            segment = ((SessionEvent.SegmentStarted) event).segment();
            segmentStart = t;
            pausedTotal = Duration.ZERO;
            shifted = Duration.ZERO;
            if (pausedAt != null) {
                pausedAt = t;
            }
            return new JournalLine.SegmentBegan(id, now(), t, place(segment), segment.length());
        } else if (event instanceof SessionEvent.SegmentEnded) {
            SessionEvent.SegmentEnded e = (SessionEvent.SegmentEnded) event;
            carried = Duration.ZERO;
            boolean cut = interrupted && !e.completed();
            return new JournalLine.SegmentEnded(id, now(), t, place(e.segment()), e.completed(), e.spent(), cut);
        } else if (event instanceof SessionEvent.Paused) {
            pausedAt = t;
            return new JournalLine.Paused(id, now(), t, segment.index(), spent(t));
        } else if (event instanceof SessionEvent.Resumed) {
            pausedTotal = pausedTotal.plus(t.minus(pausedAt));
            pausedAt = null;
            return new JournalLine.Resumed(id, now(), t, segment.index(), spent(t));
        } else if (event instanceof SessionEvent.TimeAdded) {
            SessionEvent.TimeAdded e = (SessionEvent.TimeAdded) event;
            segment = e.segment();
            return new JournalLine.TimeAdded(id, now(), t, segment.index(), e.added(), segment.length().orElseThrow());
        } else if (event instanceof SessionEvent.TimeAway) {
            SessionEvent.TimeAway e = (SessionEvent.TimeAway) event;
            shifted = shifted.plus(e.spent().minus(spent(t)));
            return new JournalLine.TimeAway(id, now(), t, e.segment().index(), e.away(), e.spent());
        } else if (event instanceof SessionEvent.SessionEnded) {
            SessionEvent.SessionEnded e = (SessionEvent.SessionEnded) event;
            running = false;
            Ending how = e.completed() ? Ending.COMPLETED : interrupted ? Ending.INTERRUPTED : Ending.STOPPED;
            return new JournalLine.Ended(id, now(), clock.getZone(), t, how, e.active());
        }
        // Cues (countdown, halfway, reminders, switching sides) change nothing worth keeping.
        return null;
    }

    /** A {@code mark} line for now, if the session is running a segment. */
    synchronized Optional<JournalLine> mark() {
        if (!running || segment == null) {
            return Optional.empty();
        }
        Duration t = Duration.ofNanos(ticker.read() - origin);
        return Optional.of(new JournalLine.Mark(id, now(), t, segment.index(), spent(t)));
    }

    /** Active time in the current segment at {@code t}, with what a continued session carried into it. */
    private Duration spent(Duration t) {
        Duration until = pausedAt != null ? pausedAt : t;
        Duration spent = until.minus(segmentStart).minus(pausedTotal).plus(carried).plus(shifted);
        return spent.isNegative() ? Duration.ZERO : spent;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Place place(Segment segment) {
        return new Place(segment.index(), segment.kind(), segment.title(), segment.step());
    }

    /** The first line of a run: a new session's start, or a cut-off session's continuation. */
    @FunctionalInterface
    private interface Opening {
        JournalLine line(SessionJournal journal, SessionEvent.SessionStarted started);
    }
}
