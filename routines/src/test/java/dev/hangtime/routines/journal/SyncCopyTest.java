package dev.hangtime.routines.journal;

import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A device's file beside the copy a file-sync tool made of it, under the names Dropbox, Nextcloud and Syncthing
 * give such copies: each copy holds an earlier version of the file, which must neither hide the file nor count
 * twice.
 */
class SyncCopyTest {

    @TempDir
    Path folder;

    /** Completed at 06:00Z, before the copy was made. */
    private static final Script EARLIER = new Script(1, "2026-12-05T06:00:00Z", "Europe/Paris").start("walk", 1, null)
            .run(0, 0, WALK, 600).ended(600, Ending.COMPLETED, 600);

    /** Cut off in its ice: the copy was made at its first mark, the file went on to its third. */
    private static final Script CUT_OFF = new Script(2, "2026-12-05T07:00:00Z", "Europe/Paris").start("ice", 2, null)
            .run(0, 0, INVERSION, 60).begin(60, 1, ICE, 900).mark(90, 1, 30).mark(120, 1, 60).mark(150, 1, 90);

    private static String firstLines(String text, int n) {
        return String.join("", text.lines().limit(n).map(line -> line + "\n").toList());
    }

    private History copyBesideItsFile(String copyName) throws IOException {
        String painThree = Script.dayPain(1, "2026-12-04T20:00:00Z", "Europe/Paris", 3);
        String painNine = Script.dayPain(2, "2026-12-05T20:00:00Z", "Europe/Paris", 9);
        Files.writeString(folder.resolve(copyName), painThree + EARLIER.text() + firstLines(CUT_OFF.text(), 5),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("vm.jsonl"), painThree + EARLIER.text() + CUT_OFF.text() + painNine,
                StandardCharsets.UTF_8);
        return History.read(folder);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm (conflicted copy 2026-12-05 101500).jsonl", "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void aSyncCopy_isMergedWithItsFile_eachSessionOnceAndInFull(String copyName) throws IOException {
        // given the file and a copy holding an earlier version of it

        // when
        History history = copyBesideItsFile(copyName);

        // then both sessions are this device's, the cut-off one as far as the file goes, and nothing is said
        assertEquals(List.of(CUT_OFF.id, EARLIER.id), history.sessions().stream().map(SessionRecord::id).toList());
        assertEquals(List.of("vm", "vm"), history.sessions().stream().map(SessionRecord::device).toList());
        assertEquals(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(90), false)),
                history.sessions().get(0).stoppedAt());
        assertEquals(List.of(), history.problems());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm (conflicted copy 2026-12-05 101500).jsonl", "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void aPainScoreInTheFileAndItsCopy_countsOnce(String copyName) throws IOException {
        // given scores of 3 (in both) and 9 (in the file only)

        // when
        History history = copyBesideItsFile(copyName);

        // then
        assertEquals(OptionalDouble.of(6.0), Stats.of(history, LocalDate.parse("2026-12-06")).painBefore());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm (conflicted copy 2026-12-05 101500).jsonl", "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void aSessionCutOffInTheFile_canBeResumedDespiteTheCopy(String copyName) throws IOException {
        // given
        History history = copyBesideItsFile(copyName);

        // when
        CutOff.Search search = CutOff.find(history, "vm", Instant.parse("2026-12-05T08:00:00Z"), process -> false);

        // then it is found where the file says it stopped, not where the copy does
        CutOff found = search.found().orElseThrow();
        assertEquals(List.of(CUT_OFF.id, new Stop(Script.place(1, ICE), ofSeconds(90), false)),
                List.of(found.session().id(), found.stop()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void aCopyHoldingMoreOfASessionThanTheFile_givesThatSession(String copyName) throws IOException {
        // given the copy is the later version: the file was put back to an earlier one
        Files.writeString(folder.resolve(copyName), EARLIER.text() + CUT_OFF.text(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("vm.jsonl"), EARLIER.text() + firstLines(CUT_OFF.text(), 5),
                StandardCharsets.UTF_8);

        // when
        History history = History.read(folder);

        // then
        assertEquals(List.of(Optional.of(new Stop(Script.place(1, ICE), ofSeconds(90), false)), Optional.empty()),
                history.sessions().stream().map(SessionRecord::stoppedAt).toList());
        assertEquals(List.of("vm", "vm"), history.sessions().stream().map(SessionRecord::device).toList());
        assertEquals(List.of(), history.problems());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void aSessionOnlyInTheCopy_isKeptAsTheDevicesOwn(String copyName) throws IOException {
        // given a session the file no longer holds
        Files.writeString(folder.resolve(copyName), EARLIER.text(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("vm.jsonl"), CUT_OFF.text(), StandardCharsets.UTF_8);

        // when
        History history = History.read(folder);

        // then
        assertEquals(List.of(List.of(CUT_OFF.id, "vm"), List.of(EARLIER.id, "vm")), history.sessions().stream()
                .map(s -> List.<Object>of(s.id(), s.device())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vm (Laptop's conflicted copy 2026-12-05).jsonl",
        "vm (conflicted copy 2026-12-05 101500).jsonl", "vm.sync-conflict-20261205-101500-ABCDEFG.jsonl"})
    void theDeviceOfACopy_isTheDeviceOfTheFileItCopies(String copyName) {
        assertEquals(List.of("vm", true, "vm", false), List.of(DeviceName.ofFile(Path.of(copyName)),
                DeviceName.isSyncCopy(Path.of(copyName)), DeviceName.ofFile(Path.of("vm.jsonl")),
                DeviceName.isSyncCopy(Path.of("vm.jsonl"))));
    }
}
