package dev.hangtime.core.session;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.Timeline;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small routines for engine tests. */
final class Timelines {

    private Timelines() {
    }

    /** The steps as a routine with no countdown and no halfway cue, expanded. */
    static Timeline quiet(Step... steps) {
        return of(new Cues(OptionalInt.of(0), Optional.of(false)), steps);
    }

    static Timeline of(Cues cues, Step... steps) {
        return Expansion.expand(new Routine("test", "Test", Optional.empty(), List.of(), cues, List.of(steps)));
    }
}
