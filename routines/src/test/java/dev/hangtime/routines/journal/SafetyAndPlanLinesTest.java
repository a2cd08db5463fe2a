package dev.hangtime.routines.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hangtime.routines.journal.JournalLine.PlanStarted;
import dev.hangtime.routines.journal.JournalLine.PlanStopped;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.Safety;
import dev.hangtime.routines.journal.JournalLine.Started;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines of format version 2: the safety answer, plans started and stopped, and sessions run for a plan. */
class SafetyAndPlanLinesTest {

    private static final UUID ID = UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001");
    private static final OffsetDateTime WALL = OffsetDateTime.parse("2026-03-02T07:30:00.125+01:00");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-a000-%012d", n));
    }

    private static OffsetDateTime at(String instant) {
        return java.time.Instant.parse(instant).atZone(PARIS).toOffsetDateTime();
    }

    @Test
    void write_safety_givesTheDocumentedLine_asVersion2() throws Unreadable {
        Safety line = new Safety(ID, WALL, PARIS, 1, Safety.NONE_APPLIES);

        String text = LineWriter.write(line);

        assertEquals("{\"v\":2,\"type\":\"safety\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\",\"list\":1,"
                + "\"answer\":\"none-applies\"}", text);
        assertEquals(line, LineDecoder.decode(text));
    }

    @Test
    void write_planStartAndStop_giveTheDocumentedLines_andReadBack() throws Unreadable {
        PlanStarted start = new PlanStarted(ID, WALL, PARIS, "walking-12-weeks");
        PlanStopped stop = new PlanStopped(ID, WALL, PARIS, "walking-12-weeks");

        assertEquals(List.of("{\"v\":2,\"type\":\"plan-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\",\"plan\":\"walking-12-weeks\"}",
                start, stop), List.of(LineWriter.write(start), LineDecoder.decode(LineWriter.write(start)),
                        LineDecoder.decode(LineWriter.write(stop))));
    }

    @Test
    void write_sessionStartForAPlan_staysVersion1_withThePlanAfterThePid() throws Unreadable {
        Started line = new Started(ID, WALL, PARIS, new RoutineRef("ice", "Ice", "ab12", Optional.empty()), 2,
                2, Duration.ofSeconds(900), OptionalInt.empty(), new ProcessRef(4242, Optional.empty()),
                Optional.of(new PlanTag("after-a-spasm", 2, 9)));

        String text = LineWriter.write(line);

        assertEquals("{\"v\":1,\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30:00.125+01:00\",\"zone\":\"Europe/Paris\","
                + "\"routine\":{\"id\":\"ice\",\"name\":\"Ice\",\"hash\":\"ab12\"},\"segments\":2,\"steps\":2,"
                + "\"planned\":900,\"pid\":4242,\"plan\":\"after-a-spasm\",\"planWeek\":2,\"planDay\":9}", text);
        assertEquals(line, LineDecoder.decode(text));
    }

    @Test
    void read_anAnswerThatIsNoneOfTheThree_saysSo() {
        Unreadable e = assertThrows(Unreadable.class, () -> LineDecoder.decode("{\"v\":2,"
                + "\"type\":\"safety\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\",\"wall\":\"2026-03-02T07:30Z\","
                + "\"zone\":\"UTC\",\"list\":1,\"answer\":\"maybe\"}"));

        assertEquals("\"answer\" is \"maybe\", not one of none-applies, something-applies, forgotten", e.getMessage());
    }

    @Test
    void read_aPlanDayBeforeTheFirst_saysSo() {
        Unreadable e = assertThrows(Unreadable.class, () -> LineDecoder.decode("{\"v\":1,"
                + "\"type\":\"session-start\",\"session\":\"6f1d2c3b-0000-4000-8000-000000000001\","
                + "\"wall\":\"2026-03-02T07:30Z\",\"zone\":\"UTC\",\"routine\":{\"id\":\"a\",\"name\":\"A\",\"hash\":\"h\"},"
                + "\"segments\":1,\"planned\":1,\"pid\":1,\"plan\":\"p\",\"planWeek\":0,\"planDay\":1}"));

        assertEquals("\"planWeek\" and \"planDay\" count from 1", e.getMessage());
    }

    @Test
    void history_gathersAnswersAndPlanEventsFromEveryDevice_onceEach_andTagsPlanSessions() throws IOException {
        String laptop = LineWriter.write(new Safety(id(1), at("2026-03-01T08:00:00Z"), PARIS, 1, Safety.NONE_APPLIES))
                + "\n" + LineWriter.write(new PlanStarted(id(2), at("2026-03-02T08:00:00Z"), PARIS, "core-6-weeks")) + "\n";
        String desktop = LineWriter.write(new Safety(id(3), at("2026-03-05T08:00:00Z"), PARIS, 1, Safety.FORGOTTEN))
                + "\n" + LineWriter.write(new PlanStopped(id(4), at("2026-03-04T08:00:00Z"), PARIS, "core-6-weeks")) + "\n"
                + LineWriter.write(new Started(id(5), at("2026-03-03T08:00:00Z"), PARIS,
                        new RoutineRef("core-big-three", "Core", "h", Optional.empty()), 3, 3, Duration.ofSeconds(60),
                        OptionalInt.empty(), Script.GONE, Optional.of(new PlanTag("core-6-weeks", 1, 2)))) + "\n";
        Files.writeString(folder.resolve("laptop.jsonl"), laptop, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("desktop.jsonl"), desktop, StandardCharsets.UTF_8);
        // A sync tool's copy of the laptop's file repeats its lines: they count once.
        Files.writeString(folder.resolve("laptop (conflicted copy).jsonl"), laptop, StandardCharsets.UTF_8);

        History history = History.read(folder);

        assertEquals(List.of(), history.problems());
        assertEquals(List.of(id(3) + " " + ZonedDateTime.parse("2026-03-05T09:00+01:00[Europe/Paris]") + " 1 forgotten",
                id(1) + " " + ZonedDateTime.parse("2026-03-01T09:00+01:00[Europe/Paris]") + " 1 none-applies"),
                history.safetyAnswers().stream().map(a -> a.id() + " " + a.when() + " " + a.list() + " " + a.answer())
                        .toList());
        assertEquals(List.of("start core-6-weeks", "stop core-6-weeks"), history.planEvents().stream()
                .map(e -> (e.started() ? "start " : "stop ") + e.plan()).toList());
        assertEquals(Optional.of(new PlanTag("core-6-weeks", 1, 2)), history.sessions().get(0).plan());
    }
}
