package dev.hangtime.core.control;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Routines for the controller's tests and for both front ends' screen tests, shared through the core's test
 * jar.
 */
public final class Routines {

    private Routines() {
    }

    /**
     * Four steps: a prompt that waits, a 1:00 inversion at 20° with a note, bird-dog 2 reps of 0:10 on each
     * side, and a 0:30 rest.
     *
     * <pre>
     * 0 prompt (manual)   1 inversion 1:00   2 bird-dog left rep 1/2 0:10   3 relax 0:05   4 bird-dog left rep 2/2
     * 5 bird-dog right rep 1/2   6 relax   7 bird-dog right rep 2/2   8 rest 0:30
     * </pre>
     */
    public static Timeline facet() {
        return expand("Facet joint relief",
                new Prompt("Lock your ankles and check the tether.", Optional.empty(), StepStyle.NONE),
                new Inversion(20, Duration.ofSeconds(60), Optional.empty(),
                        style("Let your arms hang and breathe slowly.")),
                Exercise.reps("Bird-dog", List.of(2), Optional.of(Duration.ofSeconds(10)), Duration.ofSeconds(5),
                        Duration.ZERO, Sides.BOTH, StepStyle.NONE),
                new Rest(Duration.ofSeconds(30), StepStyle.NONE));
    }

    /** One timed step of {@code seconds}. */
    public static Timeline hold(int seconds) {
        return expand("Long hold", new Inversion(30, Duration.ofSeconds(seconds), Optional.empty(), StepStyle.NONE));
    }

    public static Timeline expand(String name, Step... steps) {
        return Expansion.expand(new Routine("test", name, Optional.empty(), List.of(),
                new Cues(OptionalInt.of(3), Optional.of(false)), List.of(steps)));
    }

    public static StepStyle style(String note) {
        return new StepStyle(Optional.empty(), Optional.of(note), Duration.ZERO, Cues.INHERIT);
    }
}
