package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hangtime plan}, {@code plan start}, {@code plan stop}, {@code today} and {@code run --plan}. */
class PlanCommandsTest {

    private static final String TINY = "{\"hangtime\": 1, \"id\": \"tiny\", \"name\": \"Tiny walk\", \"cues\":"
            + " {\"countdown\": 0}, \"steps\": [{\"type\": \"walk\", \"duration\": 1}]}";
    private static final String TINY_PLAN = "{\"hangtime\": 1, \"id\": \"tiny-plan\", \"name\": \"Tiny plan\","
            + " \"schedule\": [{\"sessions\": [{\"routine\": \"tiny\", \"days\": [1, 2, 3, 4, 5], \"values\": {\"walk\":"
            + " \"2s\"}}]}, {\"sessions\": [{\"routine\": \"tiny\", \"values\": {\"walk\": \"3s\"}}]}]}";

    @TempDir
    Path home;

    private At monday() {
        return At.moment(home, "2026-03-02T08:00:00Z");
    }

    private void userFiles() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("routines")).resolve("tiny.json"), TINY);
        Files.writeString(Files.createDirectories(home.resolve("plans")).resolve("tiny-plan.json"), TINY_PLAN);
    }

    @Test
    void plan_listsTheBuiltInPlans_withTheirWeeks() {
        CliRun run = monday().run("plan");

        assertEquals(List.of(0, ""), List.of(run.status(), run.err()));
        assertEquals(String.join("\n",
                "after-a-spasm      After a spasm        8 weeks  built-in",
                "core-6-weeks       Core: 6 weeks        6 weeks  built-in",
                "inversion-8-weeks  Inversion: 8 weeks   8 weeks  built-in",
                "walking-12-weeks   Walking: 12 weeks   12 weeks  built-in",
                "",
                "hangtime plan start PLAN starts a plan today; hangtime today then shows what is",
                "due each day.", ""), run.out());
    }

    @Test
    void today_afterPlanStart_showsDay1_andTheCommandThatRunsIt() {
        CliRun start = monday().run("plan", "start", "walking-12-weeks");

        CliRun today = monday().run("today");

        assertEquals(0, start.status());
        assertTrue(start.out().startsWith("Started Walking: 12 weeks today, Monday 2 March 2026. Weeks 1–2: 10"
                + " minutes."), start.out());
        assertEquals(String.join("\n",
                "Today, Monday 2 March 2026.",
                "",
                "Walking: 12 weeks: week 1 of 12, day 1.",
                "  to do      Walking: an easy walk — main walk 6 min (10:00): today 0 of 1, this week 0 of 5",
                "             hangtime run walking-easy --plan walking-12-weeks", ""), today.out());
    }

    @Test
    void today_withNoPlan_saysHowToStartOne() {
        assertEquals("Today, Monday 2 March 2026.\n\nYou follow no plan. hangtime plan lists them, and hangtime plan"
                + " start PLAN\nstarts one today.\n", monday().run("today").out());
    }

    @Test
    void planStart_twice_saysSinceWhen_andAnUnknownPlanIsStatus1WithTheCloseIds() {
        monday().run("plan", "start", "walking-12-weeks");

        CliRun again = At.moment(home, "2026-03-04T08:00:00Z").run("plan", "start", "walking-12-weeks");
        CliRun unknown = monday().run("plan", "start", "walkng");

        assertEquals("Walking: 12 weeks has been followed since Monday 2 March 2026: week 1 of 12, day\n3. To start it"
                + " afresh, stop it first: hangtime plan stop walking-12-weeks\n", again.out());
        assertEquals(List.of(1, "hangtime plan: no plan has the id \"walkng\"; did you mean walking-12-weeks? (hangtime"
                + " plan lists them)\n"), List.of(unknown.status(), unknown.err()));
    }

    @Test
    void planStop_endsIt_andTodaySaysSo() {
        monday().run("plan", "start", "core-6-weeks");

        CliRun stop = monday().run("plan", "stop", "core-6-weeks");
        CliRun stopAgain = monday().run("plan", "stop", "core-6-weeks");

        assertEquals(List.of(0, "Stopped core-6-weeks. Its sessions stay in your history.\n", 0,
                "core-6-weeks is not being followed: there is nothing to stop.\n"), List.of(stop.status(), stop.out(),
                        stopAgain.status(), stopAgain.out()));
        assertTrue(monday().run("today").out().contains("You follow no plan."));
    }

    @Test
    void anInversionPlan_isNotStarted_forSomeoneWhoMustNotInvert() {
        monday().run("safety", "--applies");

        CliRun run = monday().run("plan", "start", "inversion-8-weeks");

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("hangtime plan: Inversion: 8 weeks turns you upside down, and you said that"
                + " something on the inversion safety list applies to you. Walking, core work, heat and ice help"
                + " without inversion:"), run.err());
        assertTrue(run.err().contains(" and the plans after-a-spasm, core-6-weeks, walking-12-weeks."), run.err());
    }

    @Test
    void runWithPlan_runsTheWeeksValues_tagsTheSession_andTodayCountsIt() throws IOException {
        userFiles();
        monday().run("plan", "start", "tiny-plan");

        CliRun run = monday().run("run", "tiny", "--plan", "tiny-plan", "--plain", "--mute");
        CliRun today = monday().run("today");

        assertEquals(List.of(0, ""), List.of(run.status(), run.err()));
        assertTrue(run.out().contains("] Walk — 0:02\n"), run.out());
        assertTrue(today.out().contains("  done       Tiny walk — main walk 2 s (0:02): today 1 of 1, this week 1 of 5\n"),
                today.out());
        String journal = Files.readString(home.resolve("journal").resolve("laptop.jsonl"));
        assertTrue(journal.contains("\"plan\":\"tiny-plan\",\"planWeek\":1,\"planDay\":1}"), journal);
    }

    @Test
    void runWithPlan_aRoutineNotInTheWeek_orAPlanNotFollowed_isStatus1() throws IOException {
        userFiles();
        CliRun notFollowed = monday().run("run", "tiny", "--plan", "tiny-plan", "--plain");
        monday().run("plan", "start", "walking-12-weeks");

        CliRun notInWeek = monday().run("run", "tiny", "--plan", "walking-12-weeks", "--plain");

        assertEquals(List.of(1, "hangtime: you do not follow tiny-plan yet: hangtime plan start tiny-plan starts it"
                + " today.\n", 1, "hangtime: tiny is not a session of week 1 of walking-12-weeks; this week's:"
                + " walking-easy (hangtime today shows them).\n"), List.of(notFollowed.status(), notFollowed.err(),
                        notInWeek.status(), notInWeek.err()));
    }

    @Test
    void historyAndStats_endWithThePlansProgress() {
        monday().run("plan", "start", "walking-12-weeks");

        CliRun history = At.moment(home, "2026-03-10T08:00:00Z").run("history");
        CliRun stats = At.moment(home, "2026-03-10T08:00:00Z").run("stats");

        String plans = "\nPlans\n  Walking: 12 weeks, since Monday 2 March 2026: week 1 of 12, day 9. Weeks so\n"
                + "  far: 1 again.\n";
        assertTrue(history.out().endsWith(plans), history.out());
        assertTrue(stats.out().endsWith(plans), stats.out());
    }

    @Test
    void aBrokenUserPlan_isSkipped_sayingWhereItIsWrong() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("plans")).resolve("mine.json"),
                "{\"hangtime\": 1, \"name\": \"Mine\", \"schedule\": [{\"sessions\": [{\"routine\": \"icee\"}]}]}");

        CliRun run = monday().run("plan");

        assertEquals("hangtime: skipped a user plan: " + home.resolve("plans").resolve("mine.json") + ":1:72:"
                + " schedule[0].sessions[0].routine: no routine has the id \"icee\" (did you mean ice?)\n", run.err());
    }
}
