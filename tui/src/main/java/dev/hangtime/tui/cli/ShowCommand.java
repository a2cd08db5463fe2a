package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hangtime show ROUTINE [--json]}: the expanded timeline, its total and its warnings. */
@Command(name = "show", description = "Show a routine's timeline: every step with its start and length.")
final class ShowCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "ROUTINE", description = "A routine id (see hangtime list) or a path to a .json file.")
    private String routine;

    @Option(names = "--json", description = "As JSON, for scripts.")
    private boolean json;

    ShowCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Timeline timeline = new RoutineResolver(console).timeline(routine);
        List<String> warnings = Warnings.of(timeline.routine());
        if (json) {
            TimelineJson.print(timeline, warnings, console.out());
        } else {
            TimelineText.print(timeline, warnings, console.out());
        }
        return Exit.OK;
    }
}
