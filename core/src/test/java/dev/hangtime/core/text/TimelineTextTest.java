package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

    @Test
    void lines_numberTheRoutinesSteps_onTheirFirstPartOnly() {
        Timeline timeline = Expansion.expand(new Routine("plank", "Plank", Optional.empty(), List.of(), Cues.INHERIT,
                List.of(new Prompt("Lie down.", Optional.empty(), StepStyle.NONE),
                        Exercise.timed("Side plank", Duration.ofSeconds(20), 1, Duration.ZERO, Sides.BOTH,
                                StepStyle.NONE))));

        assertEquals(List.of(
                "Plank (plank)",
                "",
                "   start  length  step",
                "    0:00       —     1  Lie down. (waits until you say done)",
                "    0:00    0:20     2  Side plank — left",
                "    0:20    0:20        Side plank — right",
                "",
                "Total 0:40 in 2 steps, plus 1 part at your own pace"), TimelineText.lines(timeline, List.of()));
    }
}
