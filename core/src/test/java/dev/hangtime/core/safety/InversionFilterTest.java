package dev.hangtime.core.safety;

import static dev.hangtime.core.safety.Steps.birdDog;
import static dev.hangtime.core.safety.Steps.heat;
import static dev.hangtime.core.safety.Steps.hold;
import static dev.hangtime.core.safety.Steps.prompt;
import static dev.hangtime.core.safety.Steps.repeat;
import static dev.hangtime.core.safety.Steps.rest;
import static dev.hangtime.core.safety.Steps.routine;
import static dev.hangtime.core.safety.Steps.safetyCheck;
import static dev.hangtime.core.safety.Steps.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Routine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InversionFilterTest {

    @Test
    void inverts_findsAnInversionInsideARepeat() {
        assertEquals(List.of(true, false), List.of(
                InversionFilter.inverts(routine(List.of(), walk(5), repeat(2, rest(5), hold(20, 60)))),
                InversionFilter.inverts(routine(List.of(), walk(5), repeat(2, rest(5))))));
    }

    @Test
    void without_dropsTheHoldsAndThePromptsThatLeadOnAndOffTheTable() {
        Routine spasm = routine(List.of("spasm", "inversion", "walk"), prompt("Before you start", 10), walk(10),
                heat(15), safetyCheck("Inversion safety check"), hold(25, 60), hold(0, 60), hold(25, 60),
                prompt("Come up slowly", 30), birdDog());

        Routine kept = InversionFilter.without(spasm).orElseThrow();

        assertEquals(List.of(prompt("Before you start", 10), walk(10), heat(15), birdDog()), kept.steps());
        assertEquals(List.of("r", "Spasm care", List.of("spasm", "walk")), List.of(kept.id(), kept.name(),
                kept.tags()));
    }

    @Test
    void without_emptiesARepeatOfInversionAway() {
        Routine routine = routine(List.of(), walk(10), repeat(3, hold(30, 60), rest(30)), repeat(2, hold(30, 60)));

        assertEquals(List.of(walk(10), repeat(3, rest(30))),
                InversionFilter.without(routine).orElseThrow().steps());
    }

    @Test
    void without_allInversion_leavesNothingToRun() {
        Routine firstWeeks = routine(List.of("inversion"), safetyCheck("Safety check"), hold(25, 60), hold(0, 60),
                hold(25, 60), prompt("Come up slowly", 30));

        assertEquals(Optional.empty(), InversionFilter.without(firstWeeks));
    }

    @Test
    void without_onlyPromptsAndRestsLeft_isNothingToRun() {
        assertEquals(Optional.empty(), InversionFilter.without(routine(List.of(), prompt("Lie down", 10),
                rest(60), hold(20, 60), rest(10), prompt("Notes", 5))));
    }
}
