package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
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
        Listing facet = Library.listings().get(0);

        assertEquals(List.of(true, true, true, false), List.of(Listing.matches(facet, "JOINT"),
                Listing.matches(facet, "relief inversion"), Listing.matches(facet, "  "),
                Listing.matches(facet, "relief walk")));
    }
}
