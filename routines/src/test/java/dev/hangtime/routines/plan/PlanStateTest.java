package dev.hangtime.routines.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.plan.Progress.Outcome;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Walk;
import dev.hangtime.core.safety.DoseLimits;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.library.RoutineLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans followed over simulated weeks, from journals written line by line as Hangtime writes them: the plan
 * started on Monday 2 March 2026 (day 1), sessions tagged with their plan, pain scores, two devices.
 */
class PlanStateTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final RoutineLibrary ROUTINES = RoutineLibrary.load(Path.of("no-user-routines"));
    private static final PlanLibrary PLANS = PlanLibrary.load(Path.of("no-user-plans"), ROUTINES);

    @TempDir
    Path folder;

    private int ids;

    private String id() {
        return String.format("00000000-0000-4000-8000-%012d", ++ids);
    }

    private static String wall(int day, int hour) {
        return START.plusDays(day - 1) + "T" + String.format("%02d", hour) + ":00:00Z";
    }

    private void write(String device, String lines) throws IOException {
        Files.writeString(folder.resolve(device + ".jsonl"), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void planLine(String device, String type, String plan, int day) throws IOException {
        write(device, "{\"v\":2,\"type\":\"" + type + "\",\"session\":\"" + id() + "\",\"wall\":\"" + wall(day, 7)
                + "\",\"zone\":\"UTC\",\"plan\":\"" + plan + "\"}\n");
    }

    /** A session of {@code routine} on plan day {@code day}, run for {@code plan} (or none), ended {@code how}. */
    private void session(String device, String routine, String plan, int day, String how, Integer before,
            Integer after) throws IOException {
        String id = id();
        String tag = plan == null ? "" : ",\"plan\":\"" + plan + "\",\"planWeek\":1,\"planDay\":" + day;
        write(device, "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + id + "\",\"wall\":\"" + wall(day, 8)
                + "\",\"zone\":\"UTC\",\"routine\":{\"id\":\"" + routine + "\",\"name\":\"R\",\"hash\":\"h\"},"
                + "\"segments\":1,\"planned\":60" + (before == null ? "" : ",\"painBefore\":" + before) + ",\"pid\":1"
                + tag + "}\n"
                + "{\"v\":1,\"type\":\"session-end\",\"session\":\"" + id + "\",\"wall\":\"" + wall(day, 9)
                + "\",\"zone\":\"UTC\",\"t\":60,\"how\":\"" + how + "\",\"active\":60}\n"
                + (after == null ? "" : "{\"v\":1,\"type\":\"pain\",\"session\":\"" + id + "\",\"wall\":\""
                        + wall(day, 9) + "\",\"zone\":\"UTC\",\"afterSession\":true,\"score\":" + after + "}\n"));
    }

    private void walks(String device, int... days) throws IOException {
        for (int day : days) {
            session(device, "walking-easy", "walking-12-weeks", day, "completed", null, null);
        }
    }

    private PlanState on(int day) {
        return PlanState.of(History.read(folder), PLANS, START.plusDays(day - 1));
    }

    private PlanRun walking(int day) {
        return on(day).run("walking-12-weeks").orElseThrow();
    }

    @Test
    void aWeekOfItsSessions_advancesThePlan() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 3, 5, 6);

        assertEquals(List.of(1, 2), List.of(walking(7).progress().week(), walking(8).progress().week()));
        assertEquals(List.of(), PlanText.lastWeek(walking(8).progress()));
    }

    @Test
    void aMissedWeek_isRepeated_andSaysWhy() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 3, 5);
        session("laptop", "walking-easy", "walking-12-weeks", 6, "stopped", null, null);
        session("laptop", "walking-easy", null, 7, "completed", null, null);

        PlanRun run = walking(8);

        assertEquals(List.of(1, List.of("Week 1 again: last week had 3 of 5 sessions of walking-easy.")),
                List.of(run.progress().week(), PlanText.lastWeek(run.progress())));
    }

    @Test
    void redFlagPain_holdsThePlanBack_andSaysSo() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 4, 5);
        session("laptop", "walking-easy", "walking-12-weeks", 3, "completed", 4, 8);

        PlanRun run = walking(8);

        assertEquals(List.of(1, Outcome.HELD), List.of(run.progress().week(), run.progress().weeks().get(0).outcome()));
        assertEquals(true, PlanText.lastWeek(run.progress()).get(0).startsWith("Week 1 held back: pain gave a red flag"
                + " on Wednesday 4 March 2026"));
    }

    @Test
    void painRisingTwiceInARow_holdsItBackToo() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 3);
        session("laptop", "walking-easy", "walking-12-weeks", 4, "completed", 3, 5);
        session("laptop", "walking-easy", "walking-12-weeks", 5, "completed", 3, 5);

        assertEquals(Outcome.HELD, walking(8).progress().weeks().get(0).outcome());
    }

    @Test
    void twoDevicesJournals_merge_intoOnePlan() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 3);
        // The desktop had not seen the laptop's start yet, and started the plan too: one plan, from day 1.
        planLine("desktop", "plan-start", "walking-12-weeks", 2);
        walks("desktop", 4, 6);

        PlanRun run = walking(8);

        assertEquals(List.of(START, 2, 5), List.of(run.start(), run.progress().week(), run.done().size()));
    }

    @Test
    void aStoppedPlan_isNoLongerFollowed_andStartingItAgainStartsAfresh() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 3, 4, 5);
        planLine("laptop", "plan-stop", "walking-12-weeks", 6);
        PlanState stopped = on(9);
        planLine("laptop", "plan-start", "walking-12-weeks", 10);

        PlanRun again = walking(10);

        assertEquals(List.of(List.of(), START.plusDays(9), 1, 0), List.of(stopped.active(), again.start(),
                again.progress().week(), again.done().size()));
    }

    @Test
    void theDaysRoutine_isBuiltWithTheWeeksValues_taggedAndLimited() throws IOException {
        planLine("laptop", "plan-start", "inversion-8-weeks", 1);
        for (int day = 1; day <= 5; day++) {
            session("laptop", "inversion-first-weeks", "inversion-8-weeks", day, "completed", null, null);
        }
        PlanRun run = on(9).run("inversion-8-weeks").orElseThrow();

        PlanDay day = PlanDay.of(run, "inversion-first-weeks", ROUTINES).orElseThrow();

        List<Integer> angles = day.entry().routine().steps().stream().filter(s -> s instanceof Inversion)
                .map(s -> ((Inversion) s).angle()).toList();
        assertEquals(List.of(List.of(30, 0, 30), new PlanTag("inversion-8-weeks", 2, 9),
                DoseLimits.ofPlan(Duration.ofMinutes(1))), List.of(angles, day.tag(), day.limits()));
        assertEquals(Optional.empty(), PlanDay.of(run, "walking-easy", ROUTINES));
    }

    @Test
    void week3OfWalking_walks15Minutes() throws IOException {
        planLine("laptop", "plan-start", "walking-12-weeks", 1);
        walks("laptop", 1, 2, 3, 4, 5, 8, 9, 10, 11, 12);

        PlanDay day = PlanDay.of(walking(15), "walking-easy", ROUTINES).orElseThrow();

        assertEquals(List.of(3, Duration.ofMinutes(15)), List.of(walking(15).progress().week(),
                day.entry().routine().steps().stream().filter(s -> s instanceof Walk).map(s -> ((Walk) s).duration())
                        .reduce(Duration.ZERO, Duration::plus)));
    }

    @Test
    void today_listsTheWeeksSessions_withWhatIsDone() throws IOException {
        planLine("laptop", "plan-start", "after-a-spasm", 1);
        session("laptop", "ice", "after-a-spasm", 1, "completed", null, null);

        List<DueSession> due = DueSession.today(on(1), ROUTINES);

        assertEquals(List.of("walking-easy TO_DO 0", "heat DONE 1"), due.stream().map(d -> d.session().routine() + " "
                + d.state() + " " + d.doneToday()).toList());
        assertEquals("Walking: an easy walk — main walk 1 min (5:00)", PlanText.session(due.get(0).day()));
    }
}
