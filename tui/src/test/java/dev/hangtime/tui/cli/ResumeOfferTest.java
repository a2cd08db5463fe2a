package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.journal.DeviceName;
import dev.hangtime.routines.journal.Ending;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.Resumable;
import dev.hangtime.routines.resume.Resumption;
import dev.hangtime.routines.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the app offers at start-up from a journal with a session cut off in its ice, and how it goes on. */
class ResumeOfferTest {

    /** 0: inversion 2 s, 1: ice 60 s. */
    private static final String ROUTINE = "{\"hangtime\": 1, \"id\": \"hang-ice\", \"name\": \"Hang and ice\","
            + " \"cues\": {\"countdown\": 0}, \"steps\": [{\"type\": \"inversion\", \"angle\": 20, \"hold\": 2},"
            + " {\"type\": \"ice\", \"duration\": 60}]}";

    @TempDir
    Path home;

    private Map<String, String> env;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Console console;
    private RoutineLibrary library;

    @BeforeEach
    void routine() throws IOException {
        env = Map.of("HANGTIME_HOME", home.toString());
        console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, home, false);
        Files.writeString(Files.createDirectories(home.resolve("routines")).resolve("hang-ice.json"), ROUTINE);
        library = RoutineLibrary.load(HangtimePaths.of(env, home));
    }

    /**
     * Writes a session of the routine, by a process long gone, that began at {@code start} and whose last line,
     * a mark 10 s into the ice, is 12 s later.
     */
    private void cutOffInTheIce(Instant start) throws IOException {
        String hash = RoutineHash.of(library.find("hang-ice").orElseThrow().routine());
        String id = "\"session\":\"6f1c1a9e-0000-4000-8000-000000000001\"";
        List<String> lines = List.of(
                "{\"v\":1,\"type\":\"session-start\"," + id + ",\"wall\":\"" + wall(start, 0) + "\",\"zone\":\"UTC\","
                        + "\"routine\":{\"id\":\"hang-ice\",\"name\":\"Hang and ice\",\"hash\":\"" + hash + "\"},"
                        + "\"segments\":2,\"planned\":62,\"painBefore\":5,\"pid\":999999999}",
                "{\"v\":1,\"type\":\"segment-start\"," + id + ",\"wall\":\"" + wall(start, 0) + "\",\"t\":0,\"index\":0,"
                        + "\"kind\":\"inversion\",\"title\":\"Inversion 20°\",\"length\":2}",
                "{\"v\":1,\"type\":\"segment-end\"," + id + ",\"wall\":\"" + wall(start, 2) + "\",\"t\":2,\"index\":0,"
                        + "\"kind\":\"inversion\",\"title\":\"Inversion 20°\",\"completed\":true,\"spent\":2}",
                "{\"v\":1,\"type\":\"segment-start\"," + id + ",\"wall\":\"" + wall(start, 2) + "\",\"t\":2,\"index\":1,"
                        + "\"kind\":\"ice\",\"title\":\"Ice\",\"length\":60}",
                "{\"v\":1,\"type\":\"mark\"," + id + ",\"wall\":\"" + wall(start, 12) + "\",\"t\":12,\"index\":1,"
                        + "\"spent\":10}");
        Path journal = Files.createDirectories(home.resolve("journal"));
        Files.write(journal.resolve(DeviceName.local(env) + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static String wall(Instant start, int seconds) {
        return start.plusSeconds(seconds).atOffset(ZoneOffset.UTC).toString();
    }

    /** What the app offers when it looks {@code later} after the last line. */
    private Resumable offeredAfter(Duration later) throws IOException {
        Instant start = Instant.parse("2026-03-02T06:30:00Z");
        cutOffInTheIce(start);
        Clock clock = Clock.fixed(start.plusSeconds(12).plus(later), ZoneOffset.UTC);
        var journals = console.journals(clock);
        return Resumption.find(journals, journals.history(), () -> library, () -> Settings.DEFAULTS).found()
                .orElseThrow();
    }

    @Test
    void summary_andPackQuestion_sayWhatWasRunningWhereAndHowLongAgo() throws IOException {
        Resumable offered = offeredAfter(Duration.ofMinutes(4));

        assertEquals(List.of("Hang and ice was cut off 4 min ago in Ice (step 2 of 2), at least 0:10 into it.",
                        Optional.of("Did the ice pack stay on while Hangtime was down?")),
                List.of(offered.summary(), offered.packQuestion()));
    }

    @Test
    void packStayedOn_goesOnInTheIceWithTheTimeDownCounted() throws IOException {
        Resumable offered = offeredAfter(Duration.ofSeconds(40));

        Continuation continuation = offered.goOn(Optional.of(true));

        assertEquals(List.of(1, Duration.ofSeconds(50)), List.of(continuation.index(), continuation.already()));
    }

    @Test
    void packCameOff_countsAtMostAMarksIntervalPastTheLastLine() throws IOException {
        Resumable offered = offeredAfter(Duration.ofSeconds(40));

        Continuation continuation = offered.goOn(Optional.of(false));

        assertEquals(List.of(1, Duration.ofSeconds(40)), List.of(continuation.index(), continuation.already()));
    }

    @Test
    void packStayedOnPastItsTime_onTheLastStep_completesTheSessionWithoutRunningIt() throws IOException {
        Resumable offered = offeredAfter(Duration.ofMinutes(10));

        Continuation continuation = offered.goOn(Optional.of(true));

        SessionRecord session = History.read(home.resolve("journal")).sessions().get(0);
        assertEquals(List.of(Optional.empty(), Resumption.NOTHING_LEFT, Ending.COMPLETED, 2),
                List.of(continuation.timeline(), continuation.message(), session.ending(), session.runs()));
    }

    @Test
    void offer_atStartUp_findsTheSessionCutOffMomentsAgo() throws IOException {
        cutOffInTheIce(Instant.now().minusSeconds(52));

        Optional<Resumable> offered = FullScreen.offer(console, Clock.systemDefaultZone(), library, Settings.DEFAULTS);

        assertEquals(Optional.of("Hang and ice was cut off moments ago in Ice (step 2 of 2), at least 0:10 into it."),
                offered.map(Resumable::summary));
    }

    @Test
    void offer_withNothingCutOff_isNone() {
        Optional<Resumable> offered = FullScreen.offer(console, Clock.systemDefaultZone(), library, Settings.DEFAULTS);

        assertEquals(Optional.empty(), offered);
    }

    @Test
    void offer_saysNothingOfABrokenJournal_sinceTheAppHasTheScreen() throws IOException {
        cutOffInTheIce(Instant.now().minusSeconds(52));
        Files.writeString(home.resolve("journal").resolve("other.jsonl"), "{not json\n");

        Optional<Resumable> offered = FullScreen.offer(console, Clock.systemDefaultZone(), library, Settings.DEFAULTS);

        assertEquals(List.of(true, ""), List.of(offered.isPresent(), err.toString(StandardCharsets.UTF_8)));
    }
}
