package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One stretch of a running session: timed (it ends by itself) or manual (it waits for the user).
 *
 * @param index position in the expanded routine, from 0
 * @param kind what the user does
 * @param label short display text, such as "Inversion 30°" or "Bird-dog"
 * @param length how long it lasts; empty for a manual segment
 * @param note the step's instruction, shown while it runs
 * @param side left or right, for a two-sided exercise
 * @param set set within the exercise, when it has more than one
 * @param rep rep within the set, for timed reps
 * @param round round of the innermost repeat
 * @param angle table angle of an inversion
 * @param countdown pips in the last N seconds
 * @param halfway whether a cue sounds halfway
 * @param reminder a cue that repeats through the segment
 * @param switchesSides whether this segment starts the second side of a set
 * @param step the routine step it comes from, counted from 0 in the order the session runs them: each step of the
 *     file, once per round of a repeat, and the rest between rounds, each a step of its own; all the sets, reps,
 *     sides and lead-in of one step share it
 */
public record Segment(int index, SegmentKind kind, String label, Optional<Duration> length, Optional<String> note,
        Optional<Side> side, Optional<Count> set, Optional<Count> rep, Optional<Count> round, OptionalInt angle,
        int countdown, boolean halfway, Optional<Reminder> reminder, boolean switchesSides, int step) {

    public Segment {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        if (step < 0 || step > index) {
            throw new IllegalArgumentException("step " + step + " of segment " + index);
        }
        if (length.isPresent() && (length.get().isNegative() || length.get().isZero())) {
            throw new IllegalArgumentException("a timed segment lasts longer than 0 s: " + length.get());
        }
    }

    /** Whether the segment waits for the user instead of ending by itself. */
    public boolean isManual() {
        return length.isEmpty();
    }

    /** This segment with a different length, as when the user adds time. */
    public Segment withLength(Duration newLength) {
        return new Segment(index, kind, label, Optional.of(newLength), note, side, set, rep, round, angle, countdown,
                halfway, reminder, switchesSides, step);
    }

    /**
     * The label with where the segment stands, such as "Bird-dog — left, set 2/3, rep 4/5" or
     * "Plank — round 2/3".
     */
    public String title() {
        List<String> parts = new ArrayList<>();
        side.ifPresent(s -> parts.add(s.word()));
        set.ifPresent(c -> parts.add("set " + c));
        rep.ifPresent(c -> parts.add("rep " + c));
        round.ifPresent(c -> parts.add("round " + c));
        return parts.isEmpty() ? label : label + " — " + String.join(", ", parts);
    }
}
