package dev.hangtime.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoseLimitsTest {

    private static Segment segment(Step step) {
        return Expansion.expand(Steps.routine(List.of(), step)).segments().get(0);
    }

    private static Segment ice(int minutes) {
        return segment(new Ice(Duration.ofMinutes(minutes), Optional.empty(), StepStyle.NONE));
    }

    private static Segment hold(int angle, Duration hold, Optional<Duration> oscillate) {
        return segment(new Inversion(angle, hold, oscillate, StepStyle.NONE));
    }

    private static boolean asks(DoseLimits limits, Segment segment, Duration length) {
        return limits.whyAsk(segment, length).isPresent();
    }

    @Test
    void iceAndHeat_askOnlyPast20Minutes() {
        Segment heat = segment(new Heat(Duration.ofMinutes(19), Optional.empty(), StepStyle.NONE));

        assertEquals(List.of(false, true, false, true), List.of(
                asks(DoseLimits.STANDARD, ice(19), Duration.ofMinutes(20)),
                asks(DoseLimits.STANDARD, ice(20), Duration.ofSeconds(1230)),
                asks(DoseLimits.STANDARD, heat, Duration.ofMinutes(20)),
                asks(DoseLimits.STANDARD, heat, Duration.ofSeconds(1201))));
        assertEquals(Optional.of("This takes the ice past 20 minutes. Ice is kept to 20 minutes at most, with a cloth"
                + " between pack and skin, then at least an hour off. Press + again to add 30 seconds anyway."),
                DoseLimits.STANDARD.whyAsk(ice(20), Duration.ofSeconds(1230)));
    }

    @Test
    void aStaticHold_outsideAPlan_asksPast2MinutesAbove60Degrees_and5MinutesBelow() {
        Duration twoThirty = Duration.ofSeconds(150);

        assertEquals(List.of(true, false, true), List.of(
                asks(DoseLimits.STANDARD, hold(70, Duration.ofMinutes(2), Optional.empty()), twoThirty),
                asks(DoseLimits.STANDARD, hold(45, Duration.ofMinutes(2), Optional.empty()), twoThirty),
                asks(DoseLimits.STANDARD, hold(45, Duration.ofMinutes(5), Optional.empty()), Duration.ofSeconds(330))));
        assertEquals(Optional.of("This takes the hold past 2 minutes, the most for a hold above 60°. Longer holds raise"
                + " the pressure in your head and eyes: come back near level, and hold again after a rest. Press +"
                + " again to add 30 seconds anyway."), DoseLimits.STANDARD.whyAsk(hold(70, Duration.ofMinutes(2),
                        Optional.empty()), twoThirty));
    }

    @Test
    void inAPlan_theWeeksLongestHoldIsTheLimit() {
        DoseLimits week1 = DoseLimits.ofPlan(Duration.ofSeconds(45));

        assertEquals(List.of(false, true), List.of(
                asks(week1, hold(20, Duration.ofSeconds(15), Optional.empty()), Duration.ofSeconds(45)),
                asks(week1, hold(20, Duration.ofSeconds(45), Optional.empty()), Duration.ofSeconds(75))));
        assertEquals(true, week1.whyAsk(hold(20, Duration.ofSeconds(45), Optional.empty()), Duration.ofSeconds(75))
                .orElseThrow().startsWith("This takes the hold past 45 seconds, the longest hold your plan sets this"
                        + " week."));
    }

    @Test
    void rockingAndTheRestNearLevel_areNoStaticHolds() {
        assertEquals(List.of(false, false), List.of(
                asks(DoseLimits.STANDARD, hold(60, Duration.ofMinutes(3), Optional.of(Duration.ofSeconds(5))),
                        Duration.ofMinutes(10)),
                asks(DoseLimits.ofPlan(Duration.ofSeconds(30)), hold(10, Duration.ofMinutes(1), Optional.empty()),
                        Duration.ofMinutes(10))));
    }
}
