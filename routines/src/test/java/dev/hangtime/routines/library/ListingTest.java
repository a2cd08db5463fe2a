package dev.hangtime.routines.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.routines.format.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {

    @TempDir
    Path routines;

    @Test
    void of_listsRoutinesByNameThenBrokenFilesWithTheirProblems() throws IOException {
        Files.writeString(routines.resolve("aaa-walk.json"), "{\"hangtime\": 1, \"name\": \"A short walk\", "
                + "\"tags\": [\"walk\"], \"steps\": [{\"type\": \"walk\", \"duration\": \"5m\"}]}");
        Files.writeString(routines.resolve("broken.json"), "{\"hangtime\": 1, \"name\": \"Broken\", "
                + "\"steps\": [{\"type\": \"walk\", \"duration\": \"1x\"}]}");

        List<Listing> listings = Listing.of(RoutineLibrary.load(routines));

        Listing first = listings.get(0);
        Listing last = listings.get(listings.size() - 1);
        assertEquals(List.of(List.of("A short walk", "aaa-walk"), List.of("broken.json"), routines.resolve("broken.json")
                + ":1:74: steps[0].duration: \"1x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")"),
                List.of(first.names(), last.names(), ((Listing.Broken) last).problems().get(0).toString()));
    }

    @Test
    void of_aRoutineThatCannotBeExpanded_isListedAsBrokenRatherThanFatal() {
        Routine bomb = new Routine("bomb", "Bomb", Optional.empty(), List.of(), Cues.INHERIT, List.of(
                new Repeat(1000, List.of(new Repeat(1000, List.of(new Rest(Duration.ofSeconds(1), StepStyle.NONE)),
                        Duration.ZERO, Optional.empty())), Duration.ZERO, Optional.empty())));
        LibraryEntry entry = new LibraryEntry(bomb, Optional.of(Path.of("/u/bomb.json")), false);

        List<Listing> listings = Listing.of(List.of(entry), List.of(), UnaryOperator.identity());

        assertEquals(List.of("/u/bomb.json: expands to more than 10000 segments"),
                List.of(((Listing.Broken) listings.get(0)).problems().get(0).toString()));
    }

    @Test
    void matches_everyWordInTheNameIdOrATag() {
        LibraryEntry entry = entry("facet-relief", "Facet joint relief", "facet", "inversion");
        Listing facet = Listing.of(List.of(entry), List.of(), UnaryOperator.identity()).get(0);

        assertEquals(List.of(true, true, true, false), List.of(Listing.matches(facet, "JOINT"),
                Listing.matches(facet, "relief inversion"), Listing.matches(facet, "  "),
                Listing.matches(facet, "relief walk")));
    }

    @Test
    void matches_aBrokenFile_byItsOwnNameNotItsFolder() {
        Listing broken = new Listing.Broken("/home/u/.config/hangtime/routines/mine.json", List.of());

        assertEquals(List.of(List.of("mine.json"), true, false), List.of(broken.names(),
                Listing.matches(broken, "MINE"), Listing.matches(broken, "config")));
    }

    @Test
    void matching_keepsTheOrder_andUnreadableCountsBrokenFiles() {
        List<Listing> all = Listing.of(List.of(entry("b", "Back walk", "walk"), entry("a", "A walk", "walk"),
                entry("c", "Core", "core")), List.of(new Problem("/u/x.json", 1, 1, "steps", "missing")),
                UnaryOperator.identity());

        List<Listing> walks = Listing.matching(all, "walk");

        assertEquals(List.of(List.of("A walk", "Back walk"), 1), List.of(
                walks.stream().map(l -> l.names().get(0)).toList(), Listing.unreadable(all)));
    }

    private static LibraryEntry entry(String id, String name, String... tags) {
        Routine routine = new Routine(id, name, Optional.empty(), List.of(tags), Cues.INHERIT,
                List.of(new Rest(Duration.ofSeconds(30), StepStyle.NONE)));
        return new LibraryEntry(routine, Optional.empty(), false);
    }
}
