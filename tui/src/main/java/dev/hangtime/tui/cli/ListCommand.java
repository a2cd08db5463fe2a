package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.tui.text.Clock;
import dev.hangtime.tui.text.SafeText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hangtime list [--tag T]}: one line per routine. */
@Command(name = "list", description = "List the routines: id, name, length, steps that wait for you, and where each comes from.")
final class ListCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--tag", paramLabel = "T", description = "Only routines with this tag, such as inversion or ice.")
    private String tag;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RoutineLibrary library = new RoutineResolver(console).library();
        List<LibraryEntry> entries = tag == null ? library.entries() : library.entriesTagged(tag);
        int idWidth = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        int nameWidth = entries.stream().mapToInt(e -> e.routine().name().length()).max().orElse(0);
        for (LibraryEntry entry : entries) {
            Timeline timeline = Expansion.expand(entry.routine());
            int manual = timeline.manualSegments();
            console.out().printf("%-" + idWidth + "s  %-" + nameWidth + "s  %8s  %-9s  %s%n", entry.id(),
                    SafeText.line(entry.routine().name()), Clock.of(timeline.total()),
                    manual == 0 ? "" : manual + " manual", SafeText.line(entry.origin()));
        }
        return Exit.OK;
    }
}
