package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.expand;
import static dev.hangtime.core.routine.Fixtures.repeat;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static dev.hangtime.core.routine.SegmentKind.EXERCISE;
import static dev.hangtime.core.routine.SegmentKind.RELAX;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a repeat becomes segments: its steps once per round, a rest between rounds, the round on each. */
class ExpansionRepeatTest {

    @Test
    void repeat_restBetween_fallsBetweenRoundsNeverAfterTheLast() {
        // given 3 rounds of a 60 s walk with 30 s rest between
        Repeat walks = repeat(3, 30, walk(60));

        // when
        List<Segment> segments = expand(walks);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).round(1, 3).countdown(3),
                timed(1, REST, "Rest before round 2", 30).step(1).countdown(3),
                timed(2, WALK, "Walk", 60).step(2).round(2, 3).countdown(3),
                timed(3, REST, "Rest before round 3", 30).step(3).countdown(3),
                timed(4, WALK, "Walk", 60).step(4).round(3, 3).countdown(3)),
                segments);
    }

    @Test
    void repeat_zeroRestBetween_roundsFollowEachOther() {
        // given
        Repeat walks = repeat(2, 0, walk(60));

        // when
        List<Segment> segments = expand(walks);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).round(1, 2).countdown(3),
                timed(1, WALK, "Walk", 60).step(1).round(2, 2).countdown(3)),
                segments);
    }

    @Test
    void repeat_label_namesTheRoundInTheRestBetween() {
        // given
        Repeat laps = new Repeat(2, List.of(walk(60)), s(45), Optional.of("lap"));

        // when
        List<Segment> segments = expand(laps);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).round(1, 2).countdown(3),
                timed(1, REST, "Rest before lap 2", 45).step(1).countdown(3),
                timed(2, WALK, "Walk", 60).step(2).round(2, 2).countdown(3)),
                segments);
    }

    @Test
    void repeat_nested_roundIsTheInnermostAndEachLevelRestsOnlyBetweenItsOwnRounds() {
        // given 2 × (walk 60, 2 × (plank 20) with 10 s between) with 30 s between
        Repeat outer = repeat(2, 30, walk(60), repeat(2, 10, Fixtures.timed("Plank", 20, 1, 0, Sides.ONE)));

        // when
        List<Segment> segments = expand(outer);

        // then the walk counts outer rounds, the plank inner ones
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).round(1, 2).countdown(3),
                timed(1, EXERCISE, "Plank", 20).step(1).round(1, 2).countdown(3),
                timed(2, REST, "Rest before round 2", 10).step(2).countdown(3),
                timed(3, EXERCISE, "Plank", 20).step(3).round(2, 2).countdown(3),
                timed(4, REST, "Rest before round 2", 30).step(4).countdown(3),
                timed(5, WALK, "Walk", 60).step(5).round(2, 2).countdown(3),
                timed(6, EXERCISE, "Plank", 20).step(6).round(1, 2).countdown(3),
                timed(7, REST, "Rest before round 2", 10).step(7).countdown(3),
                timed(8, EXERCISE, "Plank", 20).step(8).round(2, 2).countdown(3)),
                segments);
    }

    @Test
    void repeat_stepsBeforeAndAfter_haveNoRound() {
        // given
        Step[] steps = {walk(30), repeat(2, 0, walk(60)), walk(90)};

        // when
        List<Segment> segments = expand(steps);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 30).countdown(3),
                timed(1, WALK, "Walk", 60).step(1).round(1, 2).countdown(3),
                timed(2, WALK, "Walk", 60).step(2).round(2, 2).countdown(3),
                timed(3, WALK, "Walk", 90).step(3).countdown(3)),
                segments);
    }

    @Test
    void repeat_exerciseInside_restAndRelaxCarryTheRoundToo() {
        // given 2 rounds of 2 sets of 2 holds of 5 s, 3 s relax, 10 s rest
        Repeat rounds = repeat(2, 0, Fixtures.holds("Curl-up", List.of(2, 2), 5, 3, 10, Sides.ONE));

        // when
        List<Segment> segments = expand(rounds);

        // then
        assertEquals(segments(
                timed(0, EXERCISE, "Curl-up", 5).set(1, 2).rep(1, 2).round(1, 2).countdown(3),
                timed(1, RELAX, "Relax", 3).set(1, 2).round(1, 2),
                timed(2, EXERCISE, "Curl-up", 5).set(1, 2).rep(2, 2).round(1, 2).countdown(3),
                timed(3, REST, "Rest", 10).round(1, 2).countdown(3),
                timed(4, EXERCISE, "Curl-up", 5).set(2, 2).rep(1, 2).round(1, 2).countdown(3),
                timed(5, RELAX, "Relax", 3).set(2, 2).round(1, 2),
                timed(6, EXERCISE, "Curl-up", 5).set(2, 2).rep(2, 2).round(1, 2).countdown(3),
                timed(7, EXERCISE, "Curl-up", 5).step(1).set(1, 2).rep(1, 2).round(2, 2).countdown(3),
                timed(8, RELAX, "Relax", 3).step(1).set(1, 2).round(2, 2),
                timed(9, EXERCISE, "Curl-up", 5).step(1).set(1, 2).rep(2, 2).round(2, 2).countdown(3),
                timed(10, REST, "Rest", 10).step(1).round(2, 2).countdown(3),
                timed(11, EXERCISE, "Curl-up", 5).step(1).set(2, 2).rep(1, 2).round(2, 2).countdown(3),
                timed(12, RELAX, "Relax", 3).step(1).set(2, 2).round(2, 2),
                timed(13, EXERCISE, "Curl-up", 5).step(1).set(2, 2).rep(2, 2).round(2, 2).countdown(3)),
                segments);
    }

    @Test
    void repeat_once_isOneRoundOfOne() {
        // given
        Repeat once = repeat(1, 30, walk(60));

        // when
        List<Segment> segments = expand(once);

        // then no rest: there is no second round
        assertEquals(segments(timed(0, WALK, "Walk", 60).round(1, 1).countdown(3)), segments);
    }
}
