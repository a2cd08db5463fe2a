package dev.hangtime.routines.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.plan.DayRoutine;
import dev.hangtime.core.plan.Plan;
import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.Stage;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.routines.format.PlanReadResult;
import dev.hangtime.routines.library.RoutineLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in plans: each reads cleanly, every week's routine runs, and every number traces to a source that
 * the week's note names. The ranges below are the sources' own, as the project's domain notes give them.
 */
class BuiltInPlansTest {

    private static final Path SOURCE_FOLDER = Path.of("src/main/resources/dev/hangtime/routines/plans");
    private static final RoutineLibrary ROUTINES = RoutineLibrary.load(Path.of("no-user-routines"));

    private static final String MAKER = "inversion-table maker";
    private static final String TRIAL = "randomised trial of progressive walking";
    private static final String STABILITY = "spine-stability routine";
    private static final String PHYSIO = "physiotherapy patient guides";
    private static final String CLINICAL = "common clinical advice";

    static Stream<String> plans() {
        return BuiltInPlans.index().stream();
    }

    private static Plan plan(String file) {
        return BuiltInPlans.read(PlanLibrary.lookup(ROUTINES)).stream().filter(r -> r.file().endsWith(file))
                .findFirst().flatMap(PlanReadResult::plan).orElseThrow();
    }

    @Test
    void index_listsExactlyThePlanFilesInTheFolder() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(SOURCE_FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertEquals(files, BuiltInPlans.index().stream().sorted().toList());
    }

    @Test
    void theLibrary_hasTheFourPlansTheProductPromises_withNoProblems() {
        PlanLibrary library = PlanLibrary.load(Path.of("no-user-plans"), ROUTINES);

        assertEquals(List.of(), library.problems());
        assertEquals(List.of("after-a-spasm", "core-6-weeks", "inversion-8-weeks", "walking-12-weeks"),
                library.entries().stream().map(PlanEntry::id).toList());
        assertEquals(List.of(8, 6, 8, 12), library.entries().stream().map(e -> e.plan().weeks()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyWeeksRoutine_runs_andWarnsOfNothingButTheInversionReminder(String file) {
        Plan plan = plan(file);
        for (int week = 1; week <= plan.weeks(); week++) {
            for (PlanSession session : plan.stage(week).sessions()) {
                for (String id : session.routines()) {
                    Routine day = DayRoutine.build(ROUTINES.find(id).orElseThrow().routine(), session.values());
                    Expansion.expand(day);
                    assertEquals(List.of(), Warnings.of(day).stream().filter(w -> !w.equals(Warnings.INVERSION_REMINDER))
                            .toList(), file + " week " + week + " " + id);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theNotes_nameTheirSources_sayWhenToSeeADoctor_andPromiseNoCure(String file) {
        Plan plan = plan(file);
        String note = plan.note().orElseThrow();

        assertTrue(note.contains("see a doctor") || note.contains("See a doctor"), note);
        assertTrue(note.contains("below the knee"), note);
        for (String line : Stream.concat(Stream.of(note), plan.schedule().stream().map(s -> s.note().orElseThrow()))
                .toList()) {
            String lower = line.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("cure") && !lower.contains("no cure") && !lower.contains("not a cure")
                    && !lower.contains("is no cure"), line);
            assertFalse(lower.contains("guarantee") || lower.contains("eliminate"), line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyNumber_tracesToTheSourceItsWeeksNoteNames(String file) {
        Plan plan = plan(file);
        int week = 1;
        for (Stage stage : plan.schedule()) {
            String note = stage.note().orElseThrow();
            assertTrue(note.contains(stage.sessions().get(0).perWeek() + " days of the week")
                    || note.contains(stage.sessions().get(0).perWeek() + " days a week"), note);
            for (int w = week; w < week + stage.weeks(); w++) {
                for (PlanSession session : stage.sessions()) {
                    Routine day = DayRoutine.build(ROUTINES.find(session.routine()).orElseThrow().routine(),
                            session.values());
                    traces(file + " week " + w, w, day, note);
                }
            }
            week += stage.weeks();
        }
    }

    /** The numbers of {@code day}, the routine week {@code week} runs, lie where the source named in the note puts them. */
    private static void traces(String what, int week, Routine day, String note) {
        List<Step> steps = day.steps();
        if (InversionFilter.inverts(day)) {
            assertTrue(note.contains(MAKER), what + ": " + note);
            List<Inversion> holds = steps.stream().filter(s -> s instanceof Inversion).map(s -> (Inversion) s)
                    .filter(i -> i.angle() > DayRoutine.NEAR_LEVEL).toList();
            int angle = holds.stream().mapToInt(Inversion::angle).max().orElseThrow();
            Duration total = holds.stream().map(Inversion::hold).reduce(Duration.ZERO, Duration::plus);
            Duration longest = holds.stream().map(Inversion::hold).max(Duration::compareTo).orElseThrow();
            assertTrue(note.contains(angle + "°"), what + ": the angle is in the note");
            if (week <= 2) {
                assertBetween(what, angle, 20, 30);
                assertBetween(what, total.toSeconds(), 60, 120);
            } else if (week <= 4) {
                assertBetween(what, angle, 30, 45);
                assertBetween(what, total.toSeconds(), 120, 180);
            } else {
                assertBetween(what, angle, 20, 60);
                assertBetween(what, total.toSeconds(), 180, 300);
            }
            assertTrue(longest.compareTo(Duration.ofMinutes(2)) <= 0, what + ": holds of at most 2 minutes");
        }
        Duration walking = Expansion.expand(day).segments().stream().filter(s -> s.kind() == SegmentKind.WALK)
                .map(s -> s.length().orElseThrow()).reduce(Duration.ZERO, Duration::plus);
        if (!walking.isZero()) {
            assertTrue(note.contains(TRIAL), what + ": " + note);
            long minutes = walking.toMinutes();
            assertTrue(note.contains(minutes + "-minute walks"), what + ": the length is in the note");
            assertBetween(what, minutes, 5, 30);
            if (week <= 2) {
                assertBetween(what, minutes, 5, 10);
            }
        }
        for (Step step : steps) {
            if (step instanceof Heat || step instanceof Ice) {
                assertTrue(note.contains(CLINICAL), what + ": " + note);
                Duration pack = step instanceof Heat ? ((Heat) step).duration() : ((Ice) step).duration();
                assertBetween(what, pack.toMinutes(), 15, 20);
            }
            if (step instanceof Exercise && day.id().equals("core-stability-holds")) {
                Exercise e = (Exercise) step;
                assertTrue(note.contains(STABILITY), what + ": " + note);
                assertTrue(List.of(List.of(5, 3, 1), List.of(6, 4, 2), List.of(8, 6, 4)).contains(e.repsPerSet()),
                        what + ": " + e.repsPerSet());
                assertEquals(java.util.Optional.of(Duration.ofSeconds(10)), e.hold(), what);
                List<Integer> reps = e.repsPerSet();
                assertTrue(note.contains(reps.get(0) + ", " + reps.get(1) + ", then " + reps.get(2)), what);
            }
            if (step instanceof Exercise && day.id().equals("core-basics")) {
                assertTrue(note.contains(PHYSIO), what + ": " + note);
            }
        }
    }

    @Test
    void walking_endsAt130To150MinutesAWeek() {
        Plan plan = plan("walking-12-weeks.json");
        PlanSession last = plan.stage(plan.weeks()).sessions().get(0);
        Routine day = DayRoutine.build(ROUTINES.find(last.routine()).orElseThrow().routine(), last.values());

        long perWeek = Expansion.expand(day).segments().stream().filter(s -> s.kind() == SegmentKind.WALK)
                .map(Segment::length).mapToLong(l -> l.orElseThrow().toMinutes()).sum() * last.perWeek();

        assertBetween("the last week", perWeek, 130, 150);
    }

    @Test
    void afterASpasm_goesOnToTheCorePlan_weekForWeek() {
        Plan spasm = plan("after-a-spasm.json");
        Plan core = plan("core-6-weeks.json");

        for (int week = 1; week <= core.weeks(); week++) {
            assertEquals(core.stage(week).sessions(), spasm.stage(week + 2).sessions(), "week " + week);
        }
        assertEquals(2 + core.weeks(), spasm.weeks());
    }

    private static void assertBetween(String what, long value, long min, long max) {
        assertTrue(value >= min && value <= max, what + ": " + value + " is not within " + min + "–" + max);
    }
}
