package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void startSeconds_isTheSumOfTheTimedSegmentsBefore_manualCountingZero() {
        // given prompt (waits), walk 60, untimed dead bug (waits), rest 30, walk 90
        Timeline timeline = Expansion.expand(Fixtures.routine(
                new Prompt("Stand up.", Optional.empty(), StepStyle.NONE), walk(60),
                Fixtures.untimed("Dead bug", List.of(10), 0, Sides.ONE), Fixtures.rest(30), walk(90)));

        // when
        List<Long> starts = timeline.startSeconds();

        // then 0, 0, 0+60, 60+0, 60+30
        assertEquals(List.of(0L, 0L, 60L, 60L, 90L), starts);
    }

    @Test
    void steps_areTheRoutinesSteps_eachRoundAgain_withTheirLeadInSetsSidesAndRestsInside() {
        // given a walk, a 2-set two-sided plank with a lead-in and a rest, a zero rest (nothing), then 2 rounds
        // of a 30 s rest with 10 s between rounds
        Timeline timeline = Expansion.expand(Fixtures.routine(walk(60),
                new Exercise("Plank", Optional.of(s(20)), List.of(), Optional.empty(), Duration.ZERO, 2, s(15),
                        Sides.BOTH, Duration.ZERO, Fixtures.prepare(5)),
                Fixtures.rest(0), new Repeat(2, List.of(Fixtures.rest(30)), s(10), Optional.empty())));

        // when
        List<Integer> steps = timeline.segments().stream().map(Segment::step).toList();

        // then walk; get ready, left, right, rest, left, right; round 1; the rest between rounds; round 2
        assertEquals(List.of(0, 1, 1, 1, 1, 1, 1, 2, 3, 4), steps);
        assertEquals(5, timeline.steps());
    }

    @Test
    void total_isTheSumOfTheTimedSegments() {
        // given the same routine: 60 + 30 + 90
        Timeline timeline = Expansion.expand(Fixtures.routine(
                new Prompt("Stand up.", Optional.empty(), StepStyle.NONE), walk(60),
                Fixtures.untimed("Dead bug", List.of(10), 0, Sides.ONE), Fixtures.rest(30), walk(90)));

        // when
        Duration total = timeline.total();

        // then
        assertEquals(s(180), total);
    }

    @Test
    void manualSegments_countsTheSegmentsThatWait() {
        // given an untimed exercise on both sides for 2 sets (4 waits) and a prompt that waits (1)
        Timeline timeline = Expansion.expand(Fixtures.routine(
                new Prompt("Stand up.", Optional.empty(), StepStyle.NONE),
                Fixtures.untimed("Dead bug", List.of(10, 8), 20, Sides.BOTH), walk(60)));

        // when
        int manual = timeline.manualSegments();

        // then
        assertEquals(5, manual);
    }

    @Test
    void routine_isTheOneExpanded() {
        // given
        Routine routine = Fixtures.routine(walk(60));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        assertEquals(routine, timeline.routine());
    }
}
