package dev.hangtime.desktop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Listing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The library as the window lists it: "Core" (core), "Facet joint relief" (inversion, facet, a user file) and a
 * user file that cannot be read.
 */
class LibraryModelTest {

    private static final String BROKEN = "/home/u/.config/hangtime/routines/broken.json";

    private final LibraryModel model = new LibraryModel(Listing.of(
            List.of(new LibraryEntry(Fixtures.core(), Optional.empty(), false),
                    new LibraryEntry(Fixtures.facetRoutine(), Optional.of(Path.of("/home/u/facet.json")), false)),
            List.of(new Problem(BROKEN, 3, 14, "steps[0].hold", "is \"1 minute\", not a duration (write it as 1m)"),
                    Problem.inFile(BROKEN, "has no name")),
            UnaryOperator.identity()));

    @Test
    void rows_giveLengthWaitingStepsAndTagsAndBrokenFilesLast() {
        assertEquals(List.of(
                new LibraryRow("Core", "1:20 · core", false),
                new LibraryRow("Facet joint relief", "1:50 · 1 step waits for you · inversion, facet", false),
                new LibraryRow("broken.json", "is \"1 minute\", not a duration (write it as 1m)", true)),
                model.rows());
        assertEquals("2 routines; 1 file cannot be read", model.status());
        assertEquals(List.of("core", "facet", "inversion"), model.tags());
    }

    @Test
    void typing_narrowsTheListAndKeepsThePickWhileItShows() {
        model.select(1);
        model.filter("e");
        assertEquals(List.of("Core", "Facet joint relief", "broken.json"), titles());
        assertEquals(1, model.selectedIndex());
        model.filter("o");
        assertEquals(1, model.selectedIndex());
        model.select(0);
        model.filter("f");
        assertEquals(List.of("Facet joint relief"), titles());
        assertEquals(0, model.selectedIndex(), "the pick went out of sight: the first one shown is picked");
        assertEquals("Facet joint relief", model.detail().orElseThrow().title());
        model.filter("facet relief");
        assertEquals(List.of("Facet joint relief"), titles());
        assertEquals("1 of 2 routines; 1 file cannot be read", model.status());
        model.filter("nothing like it");
        assertEquals(List.of(), titles());
        assertEquals(Optional.empty(), model.detail());
        model.filter("");
        assertEquals(3, titles().size());
    }

    @Test
    void tags_narrowToRoutinesCarryingEveryTagPicked() {
        model.toggleTag("inversion");
        assertEquals(List.of("Facet joint relief"), titles());
        model.toggleTag("core");
        assertEquals(List.of(), titles());
        assertEquals(Set.of("core", "inversion"), model.chosenTags());
        model.toggleTag("inversion");
        assertEquals(List.of("Core"), titles());
        model.toggleTag("core");
        assertEquals(3, titles().size());
    }

    @Test
    void detail_ofARoutine_hasSummaryTotalsWarningsNotesAndTheTimeline() {
        model.select(1);
        RoutineDetail d = model.detail().orElseThrow();
        assertEquals("Facet joint relief", d.title());
        assertEquals("Source: /home/u/facet.json", d.source());
        assertEquals(Optional.of("A routine for the tests."), d.summary());
        assertEquals("Tags: inversion, facet", d.tags());
        assertEquals("1:50 in all, 4 steps; 1 waits for you to press Enter", d.totals());
        assertTrue(d.warnings().get(0).contains("upside down"), d.warnings().toString());
        assertEquals(List.of(new RoutineDetail.Note("Inversion 20°", "Let your arms hang.")), d.notes());
        assertTrue(d.runnable());
        assertTrue(model.runnable().isPresent());
        assertEquals(List.of(SegmentKind.PROMPT, SegmentKind.INVERSION, SegmentKind.EXERCISE, SegmentKind.EXERCISE,
                SegmentKind.REST), d.timeline().stream().map(RoutineDetail.Part::kind).toList());
        assertEquals(List.of("0:00", "0:00", "1:00", "1:10", "1:20"),
                d.timeline().stream().map(RoutineDetail.Part::start).toList());
        assertEquals(List.of("Enter", "1:00", "0:10", "0:10", "0:30"),
                d.timeline().stream().map(RoutineDetail.Part::length).toList());
    }

    @Test
    void timelineShares_areProportionalToLengthWithAThinSliceForAStepThatWaits() {
        model.select(1);
        List<RoutineDetail.Part> parts = model.detail().orElseThrow().timeline();
        double whole = 110 + 110 * LibraryModel.WAITING_SHARE;
        assertEquals(110 * LibraryModel.WAITING_SHARE / whole, parts.get(0).share(), 1e-9);
        assertEquals(60 / whole, parts.get(1).share(), 1e-9);
        assertEquals(10 / whole, parts.get(2).share(), 1e-9);
        assertEquals(1.0, parts.stream().mapToDouble(RoutineDetail.Part::share).sum(), 1e-9);
    }

    @Test
    void detail_ofABrokenFile_listsEveryProblemAndCannotStart() {
        model.select(2);
        RoutineDetail d = model.detail().orElseThrow();
        assertEquals(BROKEN, d.title());
        assertFalse(d.runnable());
        assertEquals(Optional.empty(), model.runnable());
        assertEquals(List.of(BROKEN + ":3:14: steps[0].hold: is \"1 minute\", not a duration (write it as 1m)",
                BROKEN + ": has no name"), d.problems());
    }

    @Test
    void find_isByIdAmongTheRoutines() {
        assertEquals("Core", model.find("core").orElseThrow().entry().routine().name());
        assertEquals(Optional.empty(), model.find("broken"));
    }

    private List<String> titles() {
        return model.rows().stream().map(LibraryRow::title).toList();
    }
}
