package dev.hangtime.routines.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.plan.Plan;
import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.WeekValues;
import dev.hangtime.routines.format.PlanReadResult;
import dev.hangtime.routines.format.PlanReader;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.RoutineLibrary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Plan files as users write them: a good one, and each kind of mistake told where it is. */
class PlanReaderTest {

    private static final PlanReader.Routines ROUTINES = PlanLibrary.lookup(RoutineLibrary.load(Path.of("none")));

    private static PlanReadResult read(String text) {
        return PlanReader.read("mine.json", text, ROUTINES);
    }

    private static List<String> problems(String text) {
        return read(text).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aGoodPlan_isRead_withItsDefaults() {
        Plan plan = read("""
                {"hangtime": 1, "name": "My walks", "schedule": [
                  {"weeks": 2, "sessions": [{"routine": "walking-easy", "days": [5, 1, 3], "values": {"walk": "9m"}}]},
                  {"sessions": [{"routine": "heat", "or": ["ice"], "perDay": 2}]}
                ]}""").plan().orElseThrow();

        assertEquals(List.of("mine", "My walks", 3), List.of(plan.id(), plan.name(), plan.weeks()));
        assertEquals(new PlanSession("walking-easy", List.of(), List.of(1, 3, 5), 1, new WeekValues(
                OptionalInt.empty(), Optional.empty(), Optional.of(Duration.ofMinutes(9)), Optional.empty(),
                Optional.empty(), List.of(), OptionalInt.empty())), plan.stage(1).sessions().get(0));
        assertEquals(new PlanSession("heat", List.of("ice"), PlanSession.EVERY_DAY, 2, WeekValues.NONE),
                plan.stage(3).sessions().get(0));
    }

    @Test
    void anUnknownRoutine_isToldWhereItIs_withTheIdsCloseToIt() {
        assertEquals(List.of("mine.json:2:29: schedule[0].sessions[0].routine: no routine has the id \"walking-esy\""
                + " (did you mean walking-easy?)"), problems("""
                {"hangtime": 1, "name": "P", "schedule": [
                  {"sessions": [{"routine": "walking-esy"}]}]}"""));
    }

    @Test
    void eachMistake_isToldAtItsValue_allOfThem() {
        assertEquals(List.of(
                "mine.json:2:13: schedule[0].weeks: 0 is out of range (1–104 weeks)",
                "mine.json:2:30: schedule[0].sessions[0]: unknown field \"dayz\" (did you mean \"days\"?)",
                "mine.json:3:36: schedule[0].sessions[1].days[1]: 8 is out of range (1–7 day of the plan's week)",
                "mine.json:3:59: schedule[0].sessions[1].values.hold: \"1x\" is not a duration (write 90, \"90s\","
                        + " \"1m30s\" or \"15m\")"), problems("""
                {"hangtime": 1, "name": "P", "schedule": [
                  {"weeks": 0, "sessions": [{"dayz": [1], "routine": "ice"},
                    {"routine": "ice", "days": [1, 8], "values": {"hold": "1x"}}]}]}"""));
    }

    @Test
    void aValueThatSetsNoStepOfItsRoutine_isRefused() {
        assertEquals(List.of("mine.json:2:65: schedule[0].sessions[0].values.angle: walking-easy has no inversion step"
                + " steeper than 10° for \"angle\" to set (see which values set which steps in the plan format)"),
                problems("""
                {"hangtime": 1, "name": "P", "schedule": [
                  {"sessions": [{"routine": "walking-easy", "values": {"angle": 30}}]}]}"""));
    }

    @Test
    void theSameRoutineTwiceInAWeek_isRefused() {
        assertEquals(List.of("mine.json:2:5: schedule[0].sessions[1]: \"ice\" is a session of this stage already, at"
                + " schedule[0].sessions[0] (give it once, with more days or a higher perDay)"), problems("""
                {"hangtime": 1, "name": "P", "schedule": [{"sessions": [{"routine": "heat", "or": ["ice"]},
                    {"routine": "ice"}]}]}"""));
    }

    @Test
    void aDayGivenTwice_andRepsThatDoNotMatchTheSets_areRefused() {
        assertEquals(List.of(
                "mine.json:2:65: schedule[0].sessions[0].days: day 3 is given twice (give each day once; perDay says"
                        + " how many times a day)",
                "mine.json:2:107: schedule[0].sessions[0].values.sets: 2 does not match the 3 entries of \"reps\""
                        + " (remove \"sets\": a list of reps has one entry per set)"), problems("""
                {"hangtime": 1, "name": "P", "schedule": [
                  {"sessions": [{"routine": "core-stability-holds", "days": [3, 3], "values": {"reps": [6, 4, 2], "sets": 2}}]}]}"""));
    }

    @Test
    void aFileFromANewerHangtime_orNotJson_orWithoutASchedule_saysSo() {
        assertEquals(List.of(
                List.of("mine.json:1:14: hangtime: written by a newer Hangtime (format 2); this version reads format 1"),
                List.of("mine.json: not valid JSON: unexpected end of input at line 1, column 2"),
                List.of("mine.json:1:1: missing field \"schedule\" (a plan needs: hangtime, name, schedule)")),
                List.of(problems("{\"hangtime\": 2, \"whatever\": true}"), problems("{"),
                        problems("{\"hangtime\": 1, \"name\": \"P\"}")));
    }
}
