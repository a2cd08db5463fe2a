package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.text.TimelineText;
import dev.hangtime.routines.format.FileWarning;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.library.LibraryEntry;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hangtime show ROUTINE [--json]}: the expanded timeline, its total and its warnings. */
final class ShowCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("show",
            "Show a routine's timeline: every step with its start and length.")
            .operand("ROUTINE", RoutineResolver.OPERAND_HELP)
            .flag("json", "As JSON, for scripts.");

    private final Console console;
    private final String routine;
    private final boolean json;

    ShowCommand(Console console, Arguments args) {
        this.console = console;
        this.routine = args.operand();
        this.json = args.flag("json");
    }

    @Override
    public Integer call() {
        LibraryEntry entry = new RoutineResolver(console).entry(routine);
        Timeline timeline = Expansion.expand(entry.routine());
        List<String> warnings = Warnings.of(timeline.routine());
        if (json) {
            TimelineJson.print(timeline, warnings, console.out());
            return ExitStatus.OK;
        }
        // A user's file: each warning at the step it concerns, as validate and the file's problems say them.
        List<String> located = entry.file().map(file -> RoutineReader.read(file).warnings().stream()
                .map(FileWarning::toString).toList()).filter(w -> w.size() == warnings.size()).orElse(warnings);
        TimelineText.lines(timeline, located).forEach(console.out()::println);
        return ExitStatus.OK;
    }
}
