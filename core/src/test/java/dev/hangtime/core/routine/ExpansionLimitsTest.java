package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.repeat;
import static dev.hangtime.core.routine.Fixtures.rest;
import static dev.hangtime.core.routine.Fixtures.routine;
import static dev.hangtime.core.routine.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routine format's limits on what a routine may expand to: 8 levels, 10,000 segments, 24 h. */
class ExpansionLimitsTest {

    private static final long FOUR_HOURS = 4 * 3600;

    /** {@code step} inside {@code levels} repeats of {@code times} rounds each. */
    private static Step nest(int levels, int times, Step step) {
        Step nested = step;
        for (int level = 0; level < levels; level++) {
            nested = repeat(times, 0, nested);
        }
        return nested;
    }

    @Test
    void depth8_isAccepted() {
        // given a walk inside 8 single-round repeats
        Routine routine = routine(nest(8, 1, walk(10)));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        assertEquals(segments(timed(0, SegmentKind.WALK, "Walk", 10).round(1, 1).countdown(3)), timeline.segments());
    }

    @Test
    void depth9_isRefused() {
        // given a walk inside 9 single-round repeats
        Routine routine = routine(nest(9, 1, walk(10)));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("repeats nest 9 deep; at most 8", e.getMessage());
    }

    @Test
    void repeatBomb_isRefusedBeforeAnythingIsBuilt() {
        // given 1000 rounds nested 8 deep around a 1 s walk: 10^24 segments, which no memory could hold
        Routine routine = routine(nest(8, 1000, walk(1)));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("expands to more than 10000 segments", e.getMessage());
    }

    @Test
    void exactly24Hours_isAccepted() {
        // given 6 rounds of a 4 h walk: 6 × 14,400 = 86,400 s
        Routine routine = routine(repeat(6, 0, walk(FOUR_HOURS)));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        assertEquals(Duration.ofHours(24), timeline.total());
    }

    @Test
    void oneSecondOver24Hours_isRefused() {
        // given 6 rounds of a 4 h walk and a 1 s walk: 86,401 s
        Routine routine = routine(repeat(6, 0, walk(FOUR_HOURS)), walk(1));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("lasts longer than 24 h in all", e.getMessage());
    }

    @Test
    void restBetweenRounds_countsTowardThe24Hours() {
        // given 5 rounds of a 4 h walk and 4 rests of 1 h 0 min 1 s between: 72,000 + 4 × 3601 = 86,404 s
        Routine routine = routine(repeat(5, 3601, walk(FOUR_HOURS)));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("lasts longer than 24 h in all", e.getMessage());
    }

    @Test
    void exactly10000Segments_isAccepted() {
        // given 5 rounds, 1 s between, of 1000 rounds of a 1 s walk, 1 s between, then one walk:
        // 5 × (1000 + 999) + 4 + 1 = 10,000 segments
        Routine routine = routine(repeat(5, 1, repeat(1000, 1, walk(1))), walk(1));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then every segment lasts 1 s, so the total is the count
        assertEquals(List.of(10_000, Duration.ofSeconds(10_000)),
                List.of(timeline.segments().size(), timeline.total()));
    }

    @Test
    void segment10001_isRefused() {
        // given the same with one more walk
        Routine routine = routine(repeat(5, 1, repeat(1000, 1, walk(1))), walk(1), walk(1));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("expands to more than 10000 segments", e.getMessage());
    }

    @Test
    void exerciseOf1000Sets_isRefusedForItsSegmentsNotItsLength() {
        // given 1000 sets of 5 holds on each side with relax, less than 24 h but too many segments:
        // per set 2 × (5 + 4) = 18 segments of 1 s, so 18,000 + 999 rests = 18,999 segments, 18,999 s
        Exercise exercise = Fixtures.holds("Curl-up", Exercise.sameReps(5, 1000), 1, 1, 1, Sides.BOTH);

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Expansion.expand(routine(exercise)));

        // then
        assertEquals("expands to more than 10000 segments", e.getMessage());
    }

    @Test
    void zeroLengthRestsNested8DeepAroundNothing_areSkippedNotWalked() {
        // given 1000 rounds nested 8 deep around a 0 s rest (10^24 rounds of nothing), then a walk
        Routine routine = routine(nest(8, 1000, rest(0)), walk(10));

        // when: the guard only stops a hang from holding up the build; walked round by round this never ends
        Timeline timeline = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Expansion.expand(routine));

        // then
        assertEquals(segments(timed(0, SegmentKind.WALK, "Walk", 10).countdown(3)), timeline.segments());
    }

    @Test
    void restsBetweenRoundsOfNothing_areStillGiven() {
        // given 3 rounds of a 0 s rest with 5 s between: the rounds give nothing, the rests between them do
        Routine routine = routine(repeat(3, 5, rest(0)));

        // when
        Timeline timeline = Expansion.expand(routine);

        // then
        assertEquals(List.of("Rest before round 2", "Rest before round 3"),
                timeline.segments().stream().map(Segment::label).toList());
    }

    @Test
    void aRoutineThatExpandsToNothing_isRefused() {
        // given only 0 s rests, one of them repeated
        Routine routine = routine(rest(0), repeat(1000, 0, rest(0)));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expansion.expand(routine));

        // then
        assertEquals("expands to nothing: every step lasts 0 s", e.getMessage());
    }
}
