package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptTest {

    @Test
    void prepare_onAPromptThatWaits_isRefused() {
        // given a lead-in before an instruction that has no time of its own

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Prompt("Lie on your back.", Optional.empty(), Fixtures.prepare(10)));

        // then
        assertEquals("prepare needs a timed step; this prompt waits for the user", e.getMessage());
    }

    @Test
    void prepare_onATimedPrompt_isKept() {
        // given a lead-in before an instruction that advances by itself

        // when
        Prompt prompt = new Prompt("Lie on your back.", Optional.of(s(20)), Fixtures.prepare(10));

        // then
        assertEquals(s(10), prompt.style().prepare());
    }
}
