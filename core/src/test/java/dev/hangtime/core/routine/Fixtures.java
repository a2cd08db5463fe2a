package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Short ways to build steps and routines in tests, so that each test shows only what it is about. */
final class Fixtures {

    private Fixtures() {
    }

    static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    static Routine routine(Step... steps) {
        return routine(Cues.INHERIT, steps);
    }

    static Routine routine(Cues cues, Step... steps) {
        return new Routine("test", "Test", Optional.empty(), List.of(), cues, List.of(steps));
    }

    /** The segments of a routine made of {@code steps} with default cues. */
    static List<Segment> expand(Step... steps) {
        return Expansion.expand(routine(steps)).segments();
    }

    static List<Segment> expand(Cues cues, Step... steps) {
        return Expansion.expand(routine(cues, steps)).segments();
    }

    static Cues cues(int countdown, boolean halfway) {
        return new Cues(java.util.OptionalInt.of(countdown), Optional.of(halfway));
    }

    static Cues countdown(int countdown) {
        return new Cues(java.util.OptionalInt.of(countdown), Optional.empty());
    }

    static Cues halfway(boolean halfway) {
        return new Cues(java.util.OptionalInt.empty(), Optional.of(halfway));
    }

    static StepStyle prepare(long seconds) {
        return StepStyle.NONE.withPrepare(s(seconds));
    }

    static Inversion inversion(int angle, long hold) {
        return new Inversion(angle, s(hold), Optional.empty(), StepStyle.NONE);
    }

    static Walk walk(long seconds) {
        return new Walk(s(seconds), Optional.empty(), StepStyle.NONE);
    }

    static Rest rest(long seconds) {
        return new Rest(s(seconds), StepStyle.NONE);
    }

    static Exercise timed(String name, long work, int sets, long rest, Sides sides) {
        return Exercise.timed(name, s(work), sets, s(rest), sides, StepStyle.NONE);
    }

    static Exercise holds(String name, List<Integer> reps, long hold, long relax, long rest, Sides sides) {
        return Exercise.reps(name, reps, Optional.of(s(hold)), s(relax), s(rest), sides, StepStyle.NONE);
    }

    static Exercise untimed(String name, List<Integer> reps, long rest, Sides sides) {
        return Exercise.reps(name, reps, Optional.empty(), Duration.ZERO, s(rest), sides, StepStyle.NONE);
    }

    static Repeat repeat(int times, long restBetween, Step... steps) {
        return new Repeat(times, List.of(steps), s(restBetween), Optional.empty());
    }
}
