package dev.hangtime.desktop.model;

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

/** Routines for the desktop's tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * "Facet joint relief": 0 a prompt that waits, 1 a 1:00 inversion at 20° with a note, 2 a side bridge of
     * 0:10 on the left, 3 the same on the right, 4 a 0:30 rest; 1:50 of timed steps.
     */
    public static Timeline facet() {
        return Expansion.expand(facetRoutine());
    }

    public static Routine facetRoutine() {
        return routine("facet-relief", "Facet joint relief", List.of("inversion", "facet"),
                new Prompt("Lock your ankles and check the tether.", Optional.empty(), StepStyle.NONE),
                new Inversion(20, Duration.ofSeconds(60), Optional.empty(), note("Let your arms hang.")),
                Exercise.timed("Side bridge", Duration.ofSeconds(10), 1, Duration.ZERO, Sides.BOTH, StepStyle.NONE),
                new Rest(Duration.ofSeconds(30), StepStyle.NONE));
    }

    /** "Core": a 0:20 side bridge a side and a 0:40 rest, tagged core; no step waits. */
    public static Routine core() {
        return routine("core", "Core", List.of("core"),
                Exercise.timed("Side bridge", Duration.ofSeconds(20), 1, Duration.ZERO, Sides.BOTH,
                        note("Hips up.")),
                new Rest(Duration.ofSeconds(40), StepStyle.NONE));
    }

    public static Routine routine(String id, String name, List<String> tags, Step... steps) {
        return new Routine(id, name, Optional.of("A routine for the tests."), tags,
                new Cues(OptionalInt.of(3), Optional.of(false)), List.of(steps));
    }

    public static StepStyle note(String note) {
        return new StepStyle(Optional.empty(), Optional.of(note), Duration.ZERO, Cues.INHERIT);
    }
}
