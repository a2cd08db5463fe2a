package dev.hangtime.core.safety;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Walk;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Steps for the safety tests, shaped as the built-in routines are. */
final class Steps {

    static final String FULL_CHECK = "Before you invert: not if you have glaucoma or are pregnant.";
    static final String SOURCES = "The inversion-table maker's beginner advice.";

    private Steps() {
    }

    static Prompt safetyCheck(String label) {
        return new Prompt(FULL_CHECK, Optional.empty(), StepStyle.NONE.withLabel(label).withNote(SOURCES));
    }

    static Prompt prompt(String label, int seconds) {
        return new Prompt(label, Optional.of(Duration.ofSeconds(seconds)), StepStyle.NONE.withLabel(label));
    }

    static Inversion hold(int angle, int seconds) {
        return new Inversion(angle, Duration.ofSeconds(seconds), Optional.empty(), StepStyle.NONE);
    }

    static Walk walk(int minutes) {
        return new Walk(Duration.ofMinutes(minutes), Optional.empty(), StepStyle.NONE);
    }

    static Heat heat(int minutes) {
        return new Heat(Duration.ofMinutes(minutes), Optional.empty(), StepStyle.NONE);
    }

    static Rest rest(int seconds) {
        return new Rest(Duration.ofSeconds(seconds), StepStyle.NONE);
    }

    static Exercise birdDog() {
        return Exercise.reps("Bird-dog", List.of(5), Optional.of(Duration.ofSeconds(10)), Duration.ofSeconds(5),
                Duration.ZERO, Sides.BOTH, StepStyle.NONE);
    }

    static Repeat repeat(int times, Step... steps) {
        return new Repeat(times, List.of(steps), Duration.ZERO, Optional.empty());
    }

    static Routine routine(List<String> tags, Step... steps) {
        return new Routine("r", "Spasm care", Optional.empty(), tags, Cues.INHERIT, List.of(steps));
    }

    static Timeline timeline(Step... steps) {
        return Expansion.expand(routine(List.of("inversion"), steps));
    }
}
