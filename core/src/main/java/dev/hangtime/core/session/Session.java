package dev.hangtime.core.session;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.Resumed;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.SwitchSides;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
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

    private final Ticker ticker;
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

    /** A session on a ticker that runs in real time. */
    public Session(Timeline timeline, Ticker ticker) {
        this(timeline, ticker, 1);
    }

    /**
     * A session on a ticker that runs {@code speed} times faster than real time, to preview a routine: the same
     * routine gives the same events at any speed.
     */
    public Session(Timeline timeline, Ticker ticker, int speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        this.staleCue = STALE_CUE_NANOS * speed;
        this.ticker = ticker;
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
        if (state.isOver()) {
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

    /** Lengthens the current timed segment by {@code extra}; a manual segment has no time to add to. */
    public void addTime(Duration extra) {
        OptionalLong reading = extra.isNegative() || extra.isZero() ? OptionalLong.empty() : readInSegment();
        if (reading.isEmpty() || current.isManual()) {
            return;
        }
        long now = reading.getAsLong();
        current = current.withLength(current.length().get().plus(extra));
        long elapsed = elapsedNanos(now);
        cues = CuePoint.of(current);
        nextCue = 0;
        while (nextCue < cues.size() && cues.get(nextCue).offsetNanos() <= elapsed) {
            nextCue++;
        }
        emit(new TimeAdded(at(now), current, extra));
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
        long end = segmentStart + current.length().get().toNanos();
        if (nextCue < cues.size()) {
            return OptionalLong.of(Math.min(end, segmentStart + cues.get(nextCue).offsetNanos()));
        }
        return OptionalLong.of(end);
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
        while (state == SessionState.RUNNING) {
            long length = current.length().get().toNanos();
            while (nextCue < cues.size() && cues.get(nextCue).offsetNanos() < length
                    && segmentStart + cues.get(nextCue).offsetNanos() <= now) {
                CuePoint cue = cues.get(nextCue++);
                if (now - (segmentStart + cue.offsetNanos()) <= staleCue) {
                    emit(cue.event(at(now), current));
                }
            }
            long end = segmentStart + length;
            if (now < end) {
                return;
            }
            finishSegment(now, true, length);
            enter(index + 1, end, now);
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
