package dev.hangtime.routines.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's draft on disk: kept as typed, mistakes and all, offered back, and forgotten once saved. */
class DraftKeeperTest {

    @TempDir
    Path home;

    @Test
    void aDraftWithMistakes_isKeptAsTyped_andRestoredWithTheFileItCameFrom() {
        RoutineDraft draft = new RoutineDraft();
        draft.value("name", "Evening");
        DraftStep hold = new DraftStep("inversion");
        hold.value("angle", "12o");
        hold.value("hold", "2 min");
        DraftStep repeat = new DraftStep("repeat");
        repeat.value("times", "2");
        DraftStep rest = new DraftStep("rest");
        rest.value("duration", "30");
        repeat.steps().add(rest);
        draft.steps().addAll(List.of(hold, repeat));
        DraftKeeper keeper = new DraftKeeper(home.resolve("drafts"));
        Path editing = home.resolve("routines/evening.json");

        keeper.keep(draft, Optional.of(editing));
        DraftKeeper.Kept kept = keeper.restore().orElseThrow();

        assertEquals(Optional.of(editing), kept.editing());
        assertEquals(DraftJson.of(draft), DraftJson.of(kept.draft()));
        assertEquals("12o", kept.draft().step(List.of(0)).value("angle"));
        assertEquals("30", kept.draft().step(List.of(1, 0)).value("duration"));
    }

    @Test
    void forgotten_orNeverKept_orNotADraft_offersNothing() throws IOException {
        DraftKeeper keeper = new DraftKeeper(home.resolve("drafts"));
        Optional<DraftKeeper.Kept> never = keeper.restore();
        keeper.keep(new RoutineDraft(), Optional.empty());
        keeper.forget();
        Optional<DraftKeeper.Kept> forgotten = keeper.restore();
        Files.writeString(home.resolve("drafts/editor.json"), "[1, 2]");

        assertEquals(Optional.empty(), never);
        assertEquals(Optional.empty(), forgotten);
        assertEquals(Optional.empty(), keeper.restore());
    }
}
