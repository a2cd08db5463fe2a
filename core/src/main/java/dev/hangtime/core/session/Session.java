package dev.hangtime.core.session;

import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.session.SessionEvent.TimeAway;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs a timeline: the one session engine behind every front end.
 *
 * <p>The engine owns no thread and never sleeps. A front end calls the commands ({@link #start()},
 * {@link #pause()}, …) and {@link #update()} from its own loop, asks {@link #nextDue()} when something is
 * next due, and sleeps until then or until the user acts. Every time is computed from the ticker: a segment
 * that runs to its end hands over to the next at its ideal boundary (its start plus its length), never at
 * the moment the loop happened to notice, so a session does not drift however long it runs.
 *
 * <p>Time that stops is watched for when the session is given the wall clock: a laptop that sleeps (the monotonic
 * clock stands still while the wall clock moves on) or a process that is stopped or held up (it looks again far
 * past the moment something was due). The time away counts as on the skin in a heat or ice segment, which then
 * ends at once if its time is up; any other segment pauses, the time away not counted, so that no step is kept
 * as done that did not run. Either way a {@link TimeAway} says so first. To notice a sleep soon after waking,
 * a running session then asks to be looked at every {@link #WATCH} ({@link #nextDue()}).
 * {@code docs/decisions/0006-time-that-stops.md} gives the reasons.
 *
 * <p>Not thread-safe: call it from one thread. Listeners run synchronously on that thread, inside the call
 * that caused the event.
 */
public final class Session {

    /** How recently "back" may have started a segment for it to go to the previous one instead. */
    public static final Duration BACK_TO_PREVIOUS_WITHIN = Duration.ofSeconds(3);

    /**
     * A cue more overdue than this in real time (the machine slept, say) is dropped rather than sounded late.
     * Real time, not the ticker's: a preview's ticker runs up to 1000 times faster, and a loop that wakes a few
     * milliseconds late would otherwise drop cues that an ordinary run sounds.
     */
    static final long STALE_CUE_NANOS = Duration.ofSeconds(1).toNanos();

    /** Time unseen for longer than this is time away: a sleep, a stopped process. */
    public static final Duration GAP = Duration.ofSeconds(5);

    /** How often a running session watched for time that stops asks to be looked at, however little is due. */
    public static final Duration WATCH = Duration.ofSeconds(5);

    private final Ticker ticker;
    /** The wall clock, to tell time that stopped; null for a session that does not watch for it. */
    private final InstantSource wall;
    private final List<Segment> planned;
    private final int steps;
    /** The planned length of all timed segments, and when each segment starts: what the progress bars need. */
    private final Duration plannedTotal;
    /**
     * The planned time of each segment that has been run, capped at its planned length, and their sum: the plan
     * done, which a skip does not advance.
     */
    private final long[] credited;
    private long creditedSum;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    /** {@link #STALE_CUE_NANOS} in the ticker's nanoseconds. */
    private final long staleCue;

    private SessionState state = SessionState.READY;
    private long origin;
    private int index;
    private Segment current;
    /** Ticker reading at which the current segment's active time began, moved on by every pause. */
    private long segmentStart;
    /** Ticker reading at which the current pause began. */
    private long pausedAt;
    private boolean paused;
    private List<CuePoint> cues = List.of();
    private int nextCue;
    private long activeBefore;
    /** When the session was last looked at, by the ticker and by the wall clock: where time away is measured from. */
    private long lastLook;
    private Instant lastLookWall;

    /**
     * A session that does not watch for time that stops, on a ticker that runs in real time: for tests that move
     * time by hand, in leaps that would look like a stopped process.
     */
    public Session(Timeline timeline, Ticker ticker) {
        this(timeline, ticker, 1, null);
    }

    /**
     * A session on a ticker that runs {@code speed} times faster than real time, to preview a routine: the same
     * routine gives the same events at any speed. It does not watch for time that stops: its clock runs faster
     * than the wall clock.
     */
    public Session(Timeline timeline, Ticker ticker, int speed) {
        this(timeline, ticker, speed, null);
    }

    /**
     * A session that watches for time that stops, by comparing the ticker with {@code wall}, the wall clock.
     *
     * @param wall read only to tell time away; never to measure a segment
     */
    public Session(Timeline timeline, Ticker ticker, InstantSource wall) {
        this(timeline, ticker, 1, wall);
    }

    private Session(Timeline timeline, Ticker ticker, int speed, InstantSource wall) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        this.staleCue = STALE_CUE_NANOS * speed;
        this.ticker = ticker;
        this.wall = wall;
        this.planned = timeline.segments();
        this.steps = timeline.steps();
        this.plannedTotal = timeline.total();
        this.credited = new long[planned.size()];
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public SessionState state() {
        return state;
    }

    /** Starts the session at its first segment. Does nothing once started. */
    public void start() {
        if (state == SessionState.READY) {
            begin(0, 0);
        }
    }

    /**
     * Starts the session at segment {@code index} with {@code alreadySpent} of it counted as done, to pick up
     * a session that was cut off. The segment ends when the rest of its length has run, its cues already
     * behind it are not sounded again, and the {@code spent} its end reports includes {@code alreadySpent}.
     * The segments before it are neither run nor reported. Does nothing once started.
     *
     * @throws IndexOutOfBoundsException if there is no segment {@code index}
     * @throws IllegalArgumentException if {@code alreadySpent} is negative, or is not less than a timed
     *     segment's length (the segment would be over: start at the next one instead)
     */
    public void startAt(int index, Duration alreadySpent) {
        if (state != SessionState.READY) {
            return;
        }
        Segment segment = planned.get(Objects.checkIndex(index, planned.size()));
        if (alreadySpent.isNegative()
                || segment.length().map(len -> alreadySpent.compareTo(len) >= 0).orElse(false)) {
            throw new IllegalArgumentException("already spent " + alreadySpent + " of segment " + index + ", which lasts "
                    + segment.length().map(Duration::toString).orElse("until done"));
        }
        begin(index, alreadySpent.toNanos());
    }

    private void begin(int first, long alreadySpent) {
        long now = ticker.read();
        origin = now;
        look(now);
        // Set before the start is told, so that a listener can see which segment comes first.
        index = first;
        // A session picked up after a cut-off ran the segments before its first in an earlier run.
        for (int i = 0; i < first; i++) {
            credit(i, lengthNanos(planned.get(i)));
        }
        emit(new SessionStarted(Duration.ZERO, planned.size(), steps, plannedTotal));
        enter(first, now - alreadySpent, now, alreadySpent);
    }

    /** Stops time until {@link #resume()}. */
    public void pause() {
        if (state != SessionState.RUNNING && state != SessionState.WAITING) {
            return;
        }
        long now = ticker.read();
        catchUp(now);
        if (state.isOver() || state == SessionState.PAUSED) {
            // Over by now, or paused already by time away that catching up found.
            return;
        }
        paused = true;
        pausedAt = now;
        state = SessionState.PAUSED;
        emit(new Paused(at(now)));
    }

    /** Lets time run again after {@link #pause()}. */
    public void resume() {
        if (state != SessionState.PAUSED) {
            return;
        }
        long now = ticker.read();
        look(now);
        segmentStart += now - pausedAt;
        paused = false;
        state = current.isManual() ? SessionState.WAITING : SessionState.RUNNING;
        emit(new Resumed(at(now)));
    }

    /** Pauses a running session, resumes a paused one, starts a ready one: the Space key. */
    public void toggle() {
        if (state == SessionState.READY) {
            start();
        } else if (state == SessionState.PAUSED) {
            resume();
        } else {
            pause();
        }
    }

    /** Processes everything that has come due: cues and segment ends. Call it whenever {@link #nextDue()} passes. */
    public void update() {
        catchUp(ticker.read());
    }

    /** Says done to a manual segment, which ends it as completed. */
    public void done() {
        if (state != SessionState.WAITING) {
            return;
        }
        long now = ticker.read();
        finishSegment(now, true, now - segmentStart);
        enter(index + 1, now, now);
    }

    /** Ends the current segment unfinished and starts the next. */
    public void skip() {
        OptionalLong reading = readInSegment();
        if (reading.isEmpty()) {
            return;
        }
        long now = reading.getAsLong();
        finishSegment(now, false, elapsedNanos(now));
        enter(index + 1, now, now);
    }

    /**
     * Ends the current segment unfinished and starts the first segment of the next routine step: the rest of
     * this step's sets, reps and sides are passed over; after the last step the session ends.
     */
    public void skipStep() {
        OptionalLong reading = readInSegment();
        if (reading.isEmpty()) {
            return;
        }
        long now = reading.getAsLong();
        int target = index + 1;
        while (target < planned.size() && planned.get(target).step() == current.step()) {
            target++;
        }
        finishSegment(now, false, elapsedNanos(now));
        enter(target, now, now);
    }

    /**
     * Goes back to the start of the current segment, or to the previous segment if the current one has run
     * for less than {@link #BACK_TO_PREVIOUS_WITHIN}.
     */
    public void back() {
        OptionalLong reading = readInSegment();
        if (reading.isEmpty()) {
            return;
        }
        long now = reading.getAsLong();
        long elapsed = elapsedNanos(now);
        int target = elapsed < BACK_TO_PREVIOUS_WITHIN.toNanos() && index > 0 ? index - 1 : index;
        finishSegment(now, false, elapsed);
        enter(target, now, now);
    }

    /**
     * Lengthens the current timed segment by {@code extra}, up to the longest a step may last
     * ({@link Limits#MAX_DURATION}, 4 h): a held key, or a script, cannot make a 15-minute ice last for hours.
     * A manual segment has no time to add to.
     *
     * @return the time added: {@code extra}, or less when the segment reached the limit, and zero when it was there
     *     already, when no timed segment is running, or when {@code extra} is not positive; the
     *     {@link TimeAdded} event, when there is one, carries the same
     */
    public Duration addTime(Duration extra) {
        OptionalLong reading = extra.isNegative() || extra.isZero() ? OptionalLong.empty() : readInSegment();
        if (reading.isEmpty() || current.isManual()) {
            return Duration.ZERO;
        }
        Duration room = Limits.MAX_DURATION.minus(current.length().get());
        Duration added = extra.compareTo(room) <= 0 ? extra : room;
        if (added.isNegative() || added.isZero()) {
            return Duration.ZERO;
        }
        long now = reading.getAsLong();
        current = current.withLength(current.length().get().plus(added));
        long elapsed = elapsedNanos(now);
        cues = CuePoint.of(current);
        nextCue = 0;
        while (nextCue < cues.size() && cues.get(nextCue).offsetNanos() <= elapsed) {
            nextCue++;
        }
        emit(new TimeAdded(at(now), current, added));
        return added;
    }

    /** Ends the session early. The current segment ends unfinished. */
    public void stop() {
        if (state.isOver()) {
            return;
        }
        long now = ticker.read();
        if (state == SessionState.READY) {
            origin = now;
        } else {
            catchUp(now);
            if (state.isOver()) {
                return;
            }
            finishSegment(now, false, elapsedNanos(now));
        }
        state = SessionState.STOPPED;
        emit(new SessionEnded(at(now), false, Duration.ofNanos(activeBefore)));
    }

    /**
     * The ticker reading at which something next comes due (a cue or the end of a segment), or empty when
     * nothing will happen until the user acts: before the start, while paused or waiting, after the end.
     */
    public OptionalLong nextDue() {
        if (state != SessionState.RUNNING) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(watched(plannedDue()));
    }

    /** When the next cue or the segment's end is due; call only while running. */
    private long plannedDue() {
        long end = segmentStart + current.length().get().toNanos();
        if (nextCue < cues.size()) {
            return Math.min(end, segmentStart + cues.get(nextCue).offsetNanos());
        }
        return end;
    }

    /** {@code due}, or sooner, when the session watches for time that stops and has not been looked at for long. */
    private long watched(long due) {
        return wall == null ? due : Math.min(due, lastLook + WATCH.toNanos());
    }

    /**
     * The events due within {@code horizon} from now if the session runs untouched, in the order they will
     * be emitted: the current segment's remaining cues, then, at its end, the end of the segment and the start
     * of the next (with its switch of sides) or the end of the session. Looks no further than that next
     * boundary. Includes what is already due but not yet processed by {@link #update()}. Empty unless a timed
     * segment is running. Reads the ticker but changes nothing.
     */
    public List<Upcoming> upcoming(Duration horizon) {
        if (state != SessionState.RUNNING) {
            return List.of();
        }
        long now = ticker.read();
        long until = now + horizon.toNanos();
        long length = current.length().get().toNanos();
        long end = segmentStart + length;
        List<Upcoming> due = new ArrayList<>();
        for (int i = nextCue; i < cues.size(); i++) {
            CuePoint cue = cues.get(i);
            long moment = segmentStart + cue.offsetNanos();
            if (cue.offsetNanos() >= length || moment > until) {
                break;
            }
            // Mirrors catchUp: a cue that far overdue will be dropped, not emitted.
            if (now - moment <= staleCue) {
                due.add(new Upcoming(moment, cue.event(at(moment), current)));
            }
        }
        if (end > until) {
            return due;
        }
        Duration boundary = at(end);
        due.add(new Upcoming(end, new SegmentEnded(boundary, current, true, Duration.ofNanos(length))));
        if (index + 1 >= planned.size()) {
            due.add(new Upcoming(end, new SessionEnded(boundary, true, Duration.ofNanos(activeBefore + length))));
            return due;
        }
        Segment next = planned.get(index + 1);
        due.add(new Upcoming(end, new SegmentStarted(boundary, next)));
        if (next.switchesSides()) {
            due.add(new Upcoming(end, new SwitchSides(boundary, next)));
        }
        return due;
    }

    /** What the session looks like now. Reads the ticker but changes nothing; call {@link #update()} first. */
    public SessionSnapshot snapshot() {
        long now = ticker.read();
        boolean hasSegment = inProgress();
        long elapsed = hasSegment ? elapsedNanos(now) : 0;
        Optional<Duration> remaining = hasSegment ? current.length()
                .map(len -> Duration.ofNanos(Math.max(0, len.toNanos() - elapsed))) : Optional.empty();
        long done = creditedSum;
        if (hasSegment) {
            done += Math.max(0, Math.min(elapsed, lengthNanos(current)) - credited[index]);
        }
        Optional<Segment> next = hasSegment && index + 1 < planned.size() ? Optional.of(planned.get(index + 1))
                : state == SessionState.READY && index < planned.size() ? Optional.of(planned.get(index))
                : Optional.empty();
        return new SessionSnapshot(state, state == SessionState.READY ? Duration.ZERO : at(now),
                hasSegment ? Optional.of(current) : Optional.empty(), Duration.ofNanos(elapsed), remaining, next,
                Duration.ofNanos(activeBefore + elapsed), Duration.ofNanos(done),
                plannedTotal.plusNanos(hasSegment ? lengthNanos(current) - lengthNanos(planned.get(index)) : 0),
                planned.size());
    }

    /**
     * Reads the ticker for a command on the current segment, first processing whatever came due; empty when
     * there is no current segment, before the start or once the session is over (perhaps by catching up).
     */
    private OptionalLong readInSegment() {
        if (!inProgress()) {
            return OptionalLong.empty();
        }
        long now = ticker.read();
        catchUp(now);
        return state.isOver() ? OptionalLong.empty() : OptionalLong.of(now);
    }

    private boolean inProgress() {
        return state == SessionState.RUNNING || state == SessionState.PAUSED || state == SessionState.WAITING;
    }

    private void catchUp(long now) {
        if (wall != null && state == SessionState.RUNNING) {
            Instant wallNow = wall.instant();
            long due = watched(plannedDue());
            long late = Math.max(0, now - due);
            long asleep = Math.max(0, nanosBetween(lastLookWall, wallNow) - (now - lastLook));
            if (late > GAP.toNanos() || asleep > GAP.toNanos()) {
                away(now, due, asleep, late);
            }
        }
        advance(now, now);
        look(now);
    }

    /**
     * Processes what has come due by {@code until}: cues and segment ends. A cue more than {@link #STALE_CUE_NANOS}
     * before {@code now} is dropped, not sounded late.
     */
    private void advance(long until, long now) {
        while (state == SessionState.RUNNING) {
            long length = current.length().get().toNanos();
            while (nextCue < cues.size() && cues.get(nextCue).offsetNanos() < length
                    && segmentStart + cues.get(nextCue).offsetNanos() <= until) {
                CuePoint cue = cues.get(nextCue++);
                if (now - (segmentStart + cue.offsetNanos()) <= staleCue) {
                    emit(cue.event(at(until), current));
                }
            }
            long end = segmentStart + length;
            if (until < end) {
                return;
            }
            finishSegment(until, true, length);
            enter(index + 1, end, until);
        }
    }

    /**
     * The session was not seen to run: for {@code asleep} the ticker stood still while the wall clock went on, and
     * it was looked at {@code late} after something was due. A heat or ice segment counts it all as on the skin and
     * ends at once if its time is up; any other is taken as far as it was due to go and paused there.
     */
    private void away(long now, long due, long asleep, long late) {
        Duration away = Duration.ofNanos(asleep + late);
        if (TimeAway.countsOnSkin(current)) {
            segmentStart -= asleep;
            long onSkin = now - segmentStart;
            emit(new TimeAway(at(now), current, away, Duration.ofNanos(onSkin)));
            if (onSkin >= current.length().get().toNanos()) {
                // The pack came off late, if at all: the segment ran its length and the time past it.
                finishSegment(now, true, onSkin);
                enter(index + 1, now, now);
                pauseAfterAway(now);
            }
            return;
        }
        advance(Math.min(due, now), now);
        if (state == SessionState.WAITING) {
            // A step that waits for the user counts no time: nothing to pause.
            emit(new TimeAway(at(now), current, away, Duration.ZERO));
            return;
        }
        if (state != SessionState.RUNNING) {
            return;
        }
        long done = Math.min(due, now) - segmentStart;
        // The time away is not counted: the segment stands where it was when it should have been looked at.
        segmentStart = now - done;
        emit(new TimeAway(at(now), current, away, Duration.ofNanos(done)));
        pauseAfterAway(now);
    }

    /** Pauses the segment that runs after time away, so that the user, back, goes on when ready. */
    private void pauseAfterAway(long now) {
        if (state != SessionState.RUNNING && state != SessionState.WAITING) {
            return;
        }
        paused = true;
        pausedAt = now;
        state = SessionState.PAUSED;
        emit(new Paused(at(now)));
    }

    /** Remembers {@code now} as when the session was last looked at, by the ticker and the wall clock. */
    private void look(long now) {
        if (wall != null) {
            lastLook = now;
            lastLookWall = wall.instant();
        }
    }

    /** The nanoseconds from {@code from} to {@code to}, saturating: a clock set years away must not overflow. */
    private static long nanosBetween(Instant from, Instant to) {
        try {
            return Duration.between(from, to).toNanos();
        } catch (ArithmeticException e) {
            return to.isAfter(from) ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
        }
    }

    /**
     * Makes segment {@code target} current, its active time starting at {@code start}; past the last
     * segment, finishes the session.
     */
    private void enter(int target, long start, long now) {
        enter(target, start, now, 0);
    }

    /** As {@link #enter(int, long, long)}, with the cues due up to {@code cuesBehind} into the segment left out. */
    private void enter(int target, long start, long now, long cuesBehind) {
        if (target >= planned.size()) {
            index = planned.size();
            current = null;
            state = SessionState.FINISHED;
            emit(new SessionEnded(at(now), true, Duration.ofNanos(activeBefore)));
            return;
        }
        index = target;
        current = planned.get(target);
        segmentStart = start;
        cues = CuePoint.of(current);
        nextCue = 0;
        // Cues before a resumed segment's starting point were sounded in the run that was cut off.
        while (cuesBehind > 0 && nextCue < cues.size() && cues.get(nextCue).offsetNanos() <= cuesBehind) {
            nextCue++;
        }
        if (paused) {
            pausedAt = now;
            segmentStart = now;
        } else {
            state = current.isManual() ? SessionState.WAITING : SessionState.RUNNING;
        }
        emit(new SegmentStarted(at(now), current));
        if (current.switchesSides()) {
            emit(new SwitchSides(at(now), current));
        }
    }

    private void finishSegment(long now, boolean completed, long spent) {
        activeBefore += spent;
        credit(index, Math.min(spent, lengthNanos(planned.get(index))));
        emit(new SegmentEnded(at(now), current, completed, Duration.ofNanos(spent)));
    }

    /** Counts {@code nanos} of segment {@code i}'s planned time as done, unless more of it was done before. */
    private void credit(int i, long nanos) {
        if (nanos > credited[i]) {
            creditedSum += nanos - credited[i];
            credited[i] = nanos;
        }
    }

    private long elapsedNanos(long now) {
        return (paused ? pausedAt : now) - segmentStart;
    }

    private Duration at(long now) {
        return Duration.ofNanos(now - origin);
    }

    private static long lengthNanos(Segment segment) {
        return segment.length().map(Duration::toNanos).orElse(0L);
    }

    private void emit(SessionEvent event) {
        for (SessionListener listener : listeners) {
            listener.on(event);
        }
    }
}
