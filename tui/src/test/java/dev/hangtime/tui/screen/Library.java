package dev.hangtime.tui.screen;

import dev.hangtime.core.control.Routines;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Listing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A small library for screen tests: two routines, one from a user file, and a user file that is broken. */
final class Library {

    private Library() {
    }

    static List<Listing> listings() {
        Routine facet = retagged(Routines.facet().routine(), "facet-relief", "Facet joint relief",
                "Core work, then a gentle inversion.", List.of("facet", "inversion"));
        Routine hold = retagged(Routines.hold(600).routine(), "long-hold", "Long hold", null, List.of("inversion"));
        Problem first = new Problem("/home/u/.config/hangtime/routines/mine.json", 14, 17, "steps[2].hold",
                "\"1x\" is not a duration (write 90, \"90s\", \"1m30s\" or \"15m\")");
        Problem second = new Problem("/home/u/.config/hangtime/routines/mine.json", 22, 13, "steps[3].type",
                "unknown step type \"stretch\"");
        return List.of(
                entry(facet, Optional.empty()),
                entry(hold, Optional.of(Path.of("/home/u/.config/hangtime/routines/long-hold.json"))),
                new Listing.Broken("/home/u/.config/hangtime/routines/mine.json", List.of(first, second)));
    }

    private static Listing.Entry entry(Routine routine, Optional<Path> file) {
        Timeline timeline = Expansion.expand(routine);
        return new Listing.Entry(new LibraryEntry(routine, file, false), timeline, Warnings.of(routine));
    }

    private static Routine retagged(Routine r, String id, String name, String summary, List<String> tags) {
        return new Routine(id, name, Optional.ofNullable(summary), tags, r.cues(), r.steps());
    }
}
