package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code hangtime list [--tag T]}: one line per routine, in the library's order (by name). */
final class ListCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("list",
            "List the routines: id, name, length, steps that wait for you, and where each comes from.")
            .option("tag", "T", "Only routines with this tag, such as inversion or ice.");

    private final Console console;
    private final Optional<String> tag;

    ListCommand(Console console, Arguments args) {
        this.console = console;
        this.tag = args.value("tag");
    }

    @Override
    public Integer call() {
        RoutineLibrary library = new RoutineResolver(console).library();
        List<LibraryEntry> entries = tag.map(library::entriesTagged).orElseGet(library::entries);
        if (tag.isPresent() && entries.isEmpty()) {
            console.err().println("hangtime list: no routine has the tag \"" + SafeText.line(tag.get())
                    + "\"; the tags there are: " + String.join(", ", library.tags()));
            return ExitStatus.OK;
        }
        int idWidth = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        int nameWidth = entries.stream().mapToInt(e -> e.routine().name().length()).max().orElse(0);
        for (LibraryEntry entry : entries) {
            Timeline timeline = Expansion.expand(entry.routine());
            int manual = timeline.manualSegments();
            console.out().printf("%-" + idWidth + "s  %-" + nameWidth + "s  %8s  %-9s  %s%n", entry.id(),
                    SafeText.line(entry.routine().name()), DurationText.of(timeline.total()),
                    manual == 0 ? "" : manual + " manual", SafeText.line(entry.origin()));
        }
        return ExitStatus.OK;
    }
}
