package dev.hangtime.core.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarningsTest {

    private static Routine routine(Step... steps) {
        return new Routine("test", "Test", Optional.empty(), List.of(), Cues.INHERIT, List.of(steps));
    }

    private static Inversion inversion(int angle, Duration hold) {
        return new Inversion(angle, hold, Optional.empty(), StepStyle.NONE);
    }

    @Test
    void noRiskySteps_noWarnings() {
        // given
        Routine routine = routine(new Walk(Duration.ofMinutes(30), Optional.empty(), StepStyle.NONE),
                new Ice(Duration.ofMinutes(20), Optional.empty(), StepStyle.NONE));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of(), warnings);
    }

    @Test
    void inversionSteps_remindOnceAboutWhoShouldNotInvert() {
        // given
        Routine routine = routine(inversion(20, Duration.ofMinutes(1)), inversion(30, Duration.ofMinutes(1)));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of("This routine turns you upside down. Inversion is not for people with glaucoma, high "
                + "blood pressure, heart disease, a hernia, or who are pregnant (if any of these apply, ask your "
                + "doctor before you invert)."), warnings);
    }

    @Test
    void iceLongerThan20Minutes_warns() {
        // given
        Routine routine = routine(new Ice(Duration.ofMinutes(25), Optional.empty(), StepStyle.NONE));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of("steps[0]: ice for 25 minutes, longer than 20 minutes (keep ice to 20 minutes at "
                + "most, with a cloth between pack and skin, then at least an hour off)"), warnings);
    }

    @Test
    void heatLongerThan20Minutes_warns() {
        // given
        Routine routine = routine(new Rest(Duration.ofMinutes(1), StepStyle.NONE),
                new Heat(Duration.ofSeconds(20 * 60 + 1), Optional.empty(), StepStyle.NONE));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of("steps[1]: heat for 20 minutes 1 second, longer than 20 minutes (keep heat to 20 "
                + "minutes at a time, and never fall asleep on it)"), warnings);
    }

    @Test
    void steepInversionHeldOver2Minutes_warnsAfterTheReminder() {
        // given
        Routine routine = routine(inversion(70, Duration.ofSeconds(150)));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of(Warnings.INVERSION_REMINDER, "steps[0]: an inversion at 70° held for 2 minutes 30 "
                + "seconds (above 60°, hold for at most 2 minutes at a time, with a rest near level between "
                + "holds)"), warnings);
    }

    @Test
    void inversionAt60Degrees_isNotSteep() {
        // given
        Routine routine = routine(inversion(60, Duration.ofMinutes(3)));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of(Warnings.INVERSION_REMINDER), warnings);
    }

    @Test
    void staticInversionOver5Minutes_warns() {
        // given
        Routine routine = routine(inversion(30, Duration.ofMinutes(6)));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of(Warnings.INVERSION_REMINDER, "steps[0]: an inversion held for 6 minutes (hold for at "
                + "most 5 minutes at a time; split it into shorter holds with a rest between)"), warnings);
    }

    @Test
    void oscillatingInversionOver5Minutes_isNotAStaticHold() {
        // given
        Routine routine = routine(new Inversion(30, Duration.ofMinutes(6), Optional.of(Duration.ofSeconds(5)),
                StepStyle.NONE));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of(Warnings.INVERSION_REMINDER), warnings);
    }

    @Test
    void exerciseWorkOver5Minutes_warns() {
        // given
        Routine routine = routine(Exercise.timed("Plank", Duration.ofMinutes(6), 1, Duration.ZERO, Sides.ONE,
                StepStyle.NONE));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of("steps[0]: a set of Plank lasting 6 minutes (hold for at most 5 minutes at a time; "
                + "split it into shorter holds with a rest between)"), warnings);
    }

    @Test
    void exerciseHoldOver5Minutes_insideARepeat_namesTheInnerStep() {
        // given
        Exercise wallSit = Exercise.reps("Wall sit", List.of(2), Optional.of(Duration.ofSeconds(301)),
                Duration.ZERO, Duration.ZERO, Sides.ONE, StepStyle.NONE);
        Routine routine = routine(new Rest(Duration.ofSeconds(10), StepStyle.NONE),
                new Repeat(3, List.of(new Rest(Duration.ofSeconds(5), StepStyle.NONE), wallSit), Duration.ZERO,
                        Optional.empty()));

        // when
        List<String> warnings = Warnings.of(routine);

        // then
        assertEquals(List.of("steps[1].steps[1]: a hold of Wall sit lasting 5 minutes 1 second (hold for at most 5 "
                + "minutes at a time; split it into shorter holds with a rest between)"), warnings);
    }

    @Test
    void words_spellsOutHoursMinutesAndSeconds() {
        // given
        Duration d = Duration.ofSeconds(3600 + 60 + 1);

        // when
        String words = Warnings.words(d);

        // then
        assertEquals("1 hour 1 minute 1 second", words);
    }
}
