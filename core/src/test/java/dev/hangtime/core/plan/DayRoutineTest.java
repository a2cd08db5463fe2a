package dev.hangtime.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Walk;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DayRoutineTest {

    private static final StepStyle LABELLED = StepStyle.NONE.withLabel("Hold at 20–30°").withNote("Breathe.");

    static Routine routine(Step... steps) {
        return new Routine("r", "R", Optional.empty(), List.of(), Cues.INHERIT, List.of(steps));
    }

    static WeekValues values(Integer angle, Duration hold, Duration walk, List<Integer> reps, Integer sets) {
        return new WeekValues(angle == null ? OptionalInt.empty() : OptionalInt.of(angle), Optional.ofNullable(hold),
                Optional.ofNullable(walk), Optional.empty(), Optional.empty(), reps,
                sets == null ? OptionalInt.empty() : OptionalInt.of(sets));
    }

    private static Inversion hold(int angle, int seconds, StepStyle style) {
        return new Inversion(angle, Duration.ofSeconds(seconds), Optional.empty(), style);
    }

    private static Walk walk(int minutes) {
        return new Walk(Duration.ofMinutes(minutes), Optional.of("easy"), StepStyle.NONE);
    }

    @Test
    void angleAndHold_setEveryHold_relabelIt_andLeaveThePausesNearLevel() {
        Routine base = routine(hold(25, 60, LABELLED), hold(0, 60, StepStyle.NONE),
                new Repeat(2, List.of(hold(25, 60, LABELLED)), Duration.ZERO, Optional.empty()));

        Routine day = DayRoutine.build(base, values(35, Duration.ofSeconds(75), null, List.of(), null));

        StepStyle relabelled = LABELLED.withLabel("Hold at 35°");
        assertEquals(List.of(hold(35, 75, relabelled), hold(0, 60, StepStyle.NONE),
                new Repeat(2, List.of(hold(35, 75, relabelled)), Duration.ZERO, Optional.empty())), day.steps());
        assertEquals(List.of("r", "R"), List.of(day.id(), day.name()));
    }

    @Test
    void aHoldThatRocks_takesTheAngleButKeepsItsLength() {
        Inversion rock = new Inversion(45, Duration.ofMinutes(3), Optional.of(Duration.ofSeconds(5)), StepStyle.NONE);

        Routine day = DayRoutine.build(routine(rock), values(60, Duration.ofMinutes(1), null, List.of(), null));

        assertEquals(List.of(new Inversion(60, Duration.ofMinutes(3), Optional.of(Duration.ofSeconds(5)),
                StepStyle.NONE.withLabel("Rock to 60°"))), day.steps());
    }

    @Test
    void walk_setsTheLongestWalkOnly() {
        Routine day = DayRoutine.build(routine(walk(2), walk(6), walk(2)), values(null, null, Duration.ofMinutes(11),
                List.of(), null));

        assertEquals(List.of(walk(2), new Walk(Duration.ofMinutes(11), Optional.of("easy"), StepStyle.NONE), walk(2)),
                day.steps());
    }

    @Test
    void reps_asAListSetsEachSet_asOneNumberEverySet_andSetsCountsSets() {
        Exercise bigThree = Exercise.reps("Curl-up", List.of(5, 3, 1), Optional.of(Duration.ofSeconds(10)),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Sides.ONE, StepStyle.NONE);
        Exercise sideBridge = Exercise.timed("Side bridge", Duration.ofSeconds(20), 4, Duration.ofSeconds(20),
                Sides.BOTH, StepStyle.NONE);

        Routine list = DayRoutine.build(routine(bigThree), values(null, null, null, List.of(8, 6, 4), null));
        Routine one = DayRoutine.build(routine(bigThree, sideBridge), values(null, null, null, List.of(5), 2));

        assertEquals(List.of(8, 6, 4), ((Exercise) list.steps().get(0)).repsPerSet());
        assertEquals(List.of(List.of(5, 5), 2), List.of(((Exercise) one.steps().get(0)).repsPerSet(),
                ((Exercise) one.steps().get(1)).sets()));
    }

    @Test
    void heatAndIce_setEveryPack() {
        Routine base = routine(new Heat(Duration.ofMinutes(15), Optional.empty(), StepStyle.NONE),
                new Ice(Duration.ofMinutes(15), Optional.empty(), StepStyle.NONE));
        WeekValues packs = new WeekValues(OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMinutes(10)), Optional.of(Duration.ofMinutes(12)), List.of(),
                OptionalInt.empty());

        assertEquals(List.of(new Heat(Duration.ofMinutes(10), Optional.empty(), StepStyle.NONE),
                new Ice(Duration.ofMinutes(12), Optional.empty(), StepStyle.NONE)),
                DayRoutine.build(base, packs).steps());
    }

    @Test
    void unused_namesTheValuesThatSetNothing() {
        Routine walking = routine(walk(10));

        assertEquals(List.of("angle", "hold", "reps"), DayRoutine.unused(walking, values(30, Duration.ofMinutes(1),
                Duration.ofMinutes(5), List.of(3), null)));
        assertEquals(List.of(), DayRoutine.unused(walking, WeekValues.NONE));
    }

    @Test
    void longestHold_isTheLongestStaticHoldAwayFromLevel() {
        Routine base = routine(hold(45, 90, StepStyle.NONE), hold(0, 300, StepStyle.NONE), hold(60, 120,
                StepStyle.NONE), new Inversion(60, Duration.ofMinutes(3), Optional.of(Duration.ofSeconds(5)),
                        StepStyle.NONE));

        assertEquals(List.of(Optional.of(Duration.ofMinutes(2)), Optional.empty()), List.of(
                DayRoutine.longestHold(base), DayRoutine.longestHold(routine(walk(3)))));
    }
}
