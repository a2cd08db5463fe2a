package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Count;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Side;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StepTextTest {

    @Test
    void badge_isTheKindInCapitals() {
        assertEquals("INVERSION", StepText.badge(SegmentKind.INVERSION));
    }

    @Test
    void details_everyPart_inOrderJoinedBySeparator() {
        Segment segment = segment(Optional.of(Side.RIGHT), Optional.of(new Count(2, 3)),
                Optional.of(new Count(4, 5)), Optional.of(new Count(1, 2)), OptionalInt.of(20), true);

        assertEquals("Switch sides! · Right side · Set 2/3 · Rep 4/5 · Round 1/2 · Table at 20°",
                StepText.details(segment, " · "));
    }

    @Test
    void details_leftSideAndAngleOnly() {
        Segment segment = segment(Optional.of(Side.LEFT), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.of(0), false);

        assertEquals("Left side / Table at 0°", StepText.details(segment, " / "));
    }

    @Test
    void details_none_isEmpty() {
        Segment segment = segment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), false);

        assertEquals("", StepText.details(segment, " · "));
    }

    private static Segment segment(Optional<Side> side, Optional<Count> set, Optional<Count> rep,
            Optional<Count> round, OptionalInt angle, boolean switchesSides) {
        return new Segment(0, SegmentKind.EXERCISE, "Bird-dog", Optional.of(Duration.ofSeconds(30)), Optional.empty(),
                side, set, rep, round, angle, 0, false, Optional.empty(), switchesSides, 0);
    }
}
