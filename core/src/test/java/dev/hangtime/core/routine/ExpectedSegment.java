package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A segment as a test expects it, written field by field. Everything not mentioned is absent, zero or
 * false, so an expectation states every cue and position the segment should carry.
 */
final class ExpectedSegment {

    private final int index;
    private final SegmentKind kind;
    private final String label;
    private final Optional<Duration> length;
    private Optional<String> note = Optional.empty();
    private Optional<Side> side = Optional.empty();
    private Optional<Count> set = Optional.empty();
    private Optional<Count> rep = Optional.empty();
    private Optional<Count> round = Optional.empty();
    private OptionalInt angle = OptionalInt.empty();
    private int countdown;
    private boolean halfway;
    private Optional<Reminder> reminder = Optional.empty();
    private boolean switchesSides;
    private int step;

    private ExpectedSegment(int index, SegmentKind kind, String label, Optional<Duration> length) {
        this.index = index;
        this.kind = kind;
        this.label = label;
        this.length = length;
    }

    static ExpectedSegment timed(int index, SegmentKind kind, String label, long seconds) {
        return new ExpectedSegment(index, kind, label, Optional.of(Duration.ofSeconds(seconds)));
    }

    static ExpectedSegment manual(int index, SegmentKind kind, String label) {
        return new ExpectedSegment(index, kind, label, Optional.empty());
    }

    static List<Segment> segments(ExpectedSegment... expected) {
        return Arrays.stream(expected).map(ExpectedSegment::build).toList();
    }

    ExpectedSegment note(String n) {
        note = Optional.of(n);
        return this;
    }

    ExpectedSegment side(Side s) {
        side = Optional.of(s);
        return this;
    }

    ExpectedSegment set(int n, int of) {
        set = Optional.of(new Count(n, of));
        return this;
    }

    ExpectedSegment rep(int n, int of) {
        rep = Optional.of(new Count(n, of));
        return this;
    }

    ExpectedSegment round(int n, int of) {
        round = Optional.of(new Count(n, of));
        return this;
    }

    ExpectedSegment angle(int degrees) {
        angle = OptionalInt.of(degrees);
        return this;
    }

    ExpectedSegment countdown(int n) {
        countdown = n;
        return this;
    }

    ExpectedSegment halfway() {
        halfway = true;
        return this;
    }

    ExpectedSegment reminder(Reminder.Reason reason, long everySeconds) {
        reminder = Optional.of(new Reminder(reason, Duration.ofSeconds(everySeconds)));
        return this;
    }

    /** The routine step it comes from; unless said, the first. */
    ExpectedSegment step(int n) {
        step = n;
        return this;
    }

    ExpectedSegment switchesSides() {
        switchesSides = true;
        return this;
    }

    Segment build() {
        return new Segment(index, kind, label, length, note, side, set, rep, round, angle, countdown, halfway,
                reminder, switchesSides, step);
    }
}
