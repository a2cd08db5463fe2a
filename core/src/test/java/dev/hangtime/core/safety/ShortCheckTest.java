package dev.hangtime.core.safety;

import static dev.hangtime.core.safety.Steps.hold;
import static dev.hangtime.core.safety.Steps.prompt;
import static dev.hangtime.core.safety.Steps.repeat;
import static dev.hangtime.core.safety.Steps.safetyCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortCheckTest {

    @Test
    void shortTexts_findsEveryPromptLabelledSafetyCheck_insideRepeatsToo_whateverTheCase() {
        Timeline timeline = Expansion.expand(Steps.routine(List.of("inversion"), prompt("Before you start", 10),
                repeat(2, safetyCheck("Inversion Safety Check"), hold(20, 30))));

        assertEquals(Map.of(1, ShortCheck.TEXT, 3, ShortCheck.TEXT), ShortCheck.shortTexts(timeline));
    }

    @Test
    void saying_changesTheNoteOnly() {
        Segment check = Expansion.expand(Steps.routine(List.of(), safetyCheck("Safety check"))).segments().get(0);

        Segment shortened = ShortCheck.saying(check, "Tether set?");

        assertEquals(List.of(Optional.of("Tether set?"), check.withLength(java.time.Duration.ofSeconds(1)).label()),
                List.of(shortened.note(), shortened.label()));
        assertEquals(check, ShortCheck.saying(shortened, check.note().orElseThrow()));
    }

    @Test
    void text_fitsAPrompt() {
        assertEquals(true, ShortCheck.TEXT.length() <= 500);
    }
}
