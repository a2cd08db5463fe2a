package dev.hangtime.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.plan.Progress.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A three-week plan followed over simulated weeks: week 1 asks for a walk on days 1, 3 and 5; weeks 2–3 for a
 * walk on days 1–5 and core on days 1 and 4, where ice counts as the walk. It starts on Monday 2 March 2026.
 */
class ProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static final Plan PLAN = new Plan("p", "P", Optional.empty(), List.of(), Optional.empty(), List.of(
            new Stage(1, Optional.empty(), Optional.empty(), List.of(new PlanSession("walk", List.of(),
                    List.of(1, 3, 5), 1, WeekValues.NONE))),
            new Stage(2, Optional.empty(), Optional.empty(), List.of(
                    new PlanSession("walk", List.of("ice"), List.of(1, 2, 3, 4, 5), 1, WeekValues.NONE),
                    new PlanSession("core", List.of(), List.of(1, 4), 1, WeekValues.NONE)))));

    private final List<DoneSession> done = new ArrayList<>();
    private final List<LocalDate> flags = new ArrayList<>();

    /** Sessions of {@code routine} on the plan's days {@code days} (from 1). */
    private void did(String routine, int... days) {
        for (int day : days) {
            done.add(new DoneSession(START.plusDays(day - 1), routine, true));
        }
    }

    private Progress on(int day) {
        return Progress.of(PLAN, START, done, flags, START.plusDays(day - 1));
    }

    private static List<Outcome> outcomes(Progress progress) {
        return progress.weeks().stream().map(Progress.WeekResult::outcome).toList();
    }

    @Test
    void day1_isWeek1_nothingJudgedYet() {
        Progress progress = on(1);

        assertEquals(List.of(1, 1, 1, List.of(), false), List.of(progress.week(), progress.day(),
                progress.dayOfWeek(), progress.weeks(), progress.finished()));
    }

    @Test
    void aWeekDoneOnAnyDays_advancesOnTheDayAfter() {
        did("walk", 1, 2, 7);

        assertEquals(List.of(1, 2), List.of(on(7).week(), on(8).week()));
        assertEquals(List.of(Outcome.ADVANCED), outcomes(on(8)));
    }

    @Test
    void aMissedWeek_isRepeated_andNothingIsSkipped() {
        did("walk", 1, 3);
        did("walk", 8, 10, 12);

        Progress progress = on(15);

        assertEquals(List.of(List.of(Outcome.REPEATED, Outcome.ADVANCED), 2, 2), List.of(outcomes(progress),
                progress.week(), progress.weeks().get(0).counts().get(0).done()));
    }

    @Test
    void aRedFlag_holdsTheWeekBack_evenWithEverySessionDone() {
        did("walk", 1, 3, 5);
        flags.add(START.plusDays(4));

        Progress progress = on(8);

        assertEquals(List.of(List.of(Outcome.HELD), 1, Optional.of(START.plusDays(4))), List.of(outcomes(progress),
                progress.week(), progress.weeks().get(0).redFlag()));
    }

    @Test
    void aStoppedSession_doesNotCount_andAnAlternativeDoes() {
        did("walk", 1, 3, 5);
        done.add(new DoneSession(START.plusDays(7), "walk", false));
        did("ice", 9, 10, 11, 12);
        did("walk", 13);
        did("core", 8, 11);

        Progress progress = on(15);

        assertEquals(List.of(List.of(Outcome.ADVANCED, Outcome.ADVANCED), 3), List.of(outcomes(progress),
                progress.week()));
    }

    @Test
    void theLastWeekDone_finishesThePlan() {
        did("walk", 1, 3, 5);
        did("walk", 8, 9, 10, 11, 12, 15, 16, 17, 18, 19);
        did("core", 8, 11, 15, 18);

        Progress progress = on(40);

        assertEquals(List.of(true, 3, 3), List.of(progress.finished(), progress.week(), progress.weeks().size()));
    }

    @Test
    void thisWeek_countsWhatIsDoneSoFar_inTheCurrentCalendarWeek() {
        did("walk", 1, 3, 5, 8, 9);

        Progress progress = on(10);

        assertEquals(List.of(2, START.plusDays(7), 2, 0, 3), List.of(progress.week(), progress.weekStart(),
                progress.thisWeek(done).get(0).done(), progress.thisWeek(done).get(1).done(), progress.dayOfWeek()));
    }
}
