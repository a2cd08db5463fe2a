package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.manual;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.PROMPT;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static dev.hangtime.core.routine.Side.LEFT;
import static dev.hangtime.core.routine.Side.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void title_sideSetAndRep_followTheLabel() {
        // given
        Segment segment = timed(7, EXERCISE, "Bird-dog", 10).side(LEFT).set(2, 3).rep(4, 5).build();

        // when
        String title = segment.title();

        // then
        assertEquals("Bird-dog — left, set 2/3, rep 4/5", title);
    }

    @Test
    void title_roundOnly() {
        // given
        Segment segment = timed(0, EXERCISE, "Plank", 30).round(2, 3).build();

        // when
        String title = segment.title();

        // then
        assertEquals("Plank — round 2/3", title);
    }

    @Test
    void title_everyPosition_inOrderSideSetRepRound() {
        // given
        Segment segment = timed(0, EXERCISE, "Side plank", 8).side(RIGHT).set(1, 2).rep(3, 5).round(2, 4).build();

        // when
        String title = segment.title();

        // then
        assertEquals("Side plank — right, set 1/2, rep 3/5, round 2/4", title);
    }

    @Test
    void title_noPosition_isTheLabel() {
        // given
        Segment segment = timed(0, WALK, "Walk (easy)", 600).angle(0).build();

        // when
        String title = segment.title();

        // then
        assertEquals("Walk (easy)", title);
    }

    @Test
    void isManual_onlyWithoutALength() {
        // given
        Segment waits = manual(0, PROMPT, "Get on the table.").build();
        Segment timed = timed(1, WALK, "Walk", 60).build();

        // when / then
        assertEquals(List.of(true, false), List.of(waits.isManual(), timed.isManual()));
    }

    @Test
    void zeroLength_isRefused() {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(0, WALK, "Walk", Optional.of(Duration.ZERO), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 3, false,
                        Optional.empty(), false, 0));

        // then
        assertEquals("a timed segment lasts longer than 0 s: PT0S", e.getMessage());
    }

    @Test
    void negativeIndex_isRefused() {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(-1, WALK, "Walk", Optional.of(s(60)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 3, false,
                        Optional.empty(), false, 0));

        // then
        assertEquals("index -1", e.getMessage());
    }

    @Test
    void withLength_changesOnlyTheLength() {
        // given a manual set of a two-sided exercise
        Segment segment = manual(4, EXERCISE, "Dead bug: 10 reps").side(RIGHT).set(1, 2).switchesSides().build();

        // when
        Segment longer = segment.withLength(s(30));

        // then
        assertEquals(timed(4, EXERCISE, "Dead bug: 10 reps", 30).side(RIGHT).set(1, 2).switchesSides().build(),
                longer);
    }
}
