package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** An immutable segment under construction, so that one set's common fields can be shared by its reps. */
final class Draft {

    private final SegmentKind kind;
    private final String label;
    private final Duration length;
    private final Cues cues;
    private Optional<String> note = Optional.empty();
    private Optional<Side> side = Optional.empty();
    private Optional<Count> set = Optional.empty();
    private Optional<Count> rep = Optional.empty();
    private Optional<Count> round = Optional.empty();
    private OptionalInt angle = OptionalInt.empty();
    private boolean active;
    private boolean switching;
    private Optional<Reminder> reminder = Optional.empty();

    /**
     * @param length null for a manual segment
     * @param cues the cue settings in force, fully resolved
     */
    Draft(SegmentKind kind, String label, Duration length, Cues cues) {
        this.kind = kind;
        this.label = label;
        this.length = length;
        this.cues = cues;
    }

    private Draft copy(SegmentKind newKind, String newLabel, Duration newLength, Cues newCues) {
        Draft d = new Draft(newKind, newLabel, newLength, newCues);
        d.note = note;
        d.side = side;
        d.set = set;
        d.rep = rep;
        d.round = round;
        d.angle = angle;
        d.active = active;
        d.switching = switching;
        d.reminder = reminder;
        return d;
    }

    private Draft copy() {
        return copy(kind, label, length, cues);
    }

    Draft kind(SegmentKind k) {
        Draft d = copy(k, label, length, cues);
        d.active = false;
        d.switching = false;
        return d;
    }

    Draft label(String l) {
        return copy(kind, l, length, cues);
    }

    Draft length(Duration l) {
        return copy(kind, label, l, cues);
    }

    Draft countdown(int n) {
        return copy(kind, label, length, new Cues(OptionalInt.of(n), Optional.empty()).over(cues));
    }

    Draft note(Optional<String> n) {
        Draft d = copy();
        d.note = n;
        return d;
    }

    Draft side(Optional<Side> s) {
        Draft d = copy();
        d.side = s;
        return d;
    }

    Draft set(Optional<Count> s) {
        Draft d = copy();
        d.set = s;
        return d;
    }

    Draft rep(Optional<Count> r) {
        Draft d = copy();
        d.rep = r;
        return d;
    }

    Draft round(Optional<Count> r) {
        Draft d = copy();
        d.round = r;
        return d;
    }

    Draft angle(OptionalInt a) {
        Draft d = copy();
        d.angle = a;
        return d;
    }

    /** Marks the step's own work, which alone gets the halfway cue. */
    Draft active() {
        Draft d = copy();
        d.active = true;
        return d;
    }

    Draft switching(boolean s) {
        Draft d = copy();
        d.switching = s;
        return d;
    }

    void reminder(Reminder r) {
        reminder = Optional.of(r);
    }

    Segment build(int index, int step) {
        Optional<Duration> len = Optional.ofNullable(length);
        return new Segment(index, kind, label, len, note, side, set, rep, round, angle,
                len.isPresent() ? cues.countdown().orElse(0) : 0,
                len.isPresent() && active && cues.halfway().orElse(false), reminder, switching, step);
    }
}
