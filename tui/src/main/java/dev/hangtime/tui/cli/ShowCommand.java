package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.text.TimelineText;
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
        Timeline timeline = new RoutineResolver(console).timeline(routine);
        List<String> warnings = Warnings.of(timeline.routine());
        if (json) {
            TimelineJson.print(timeline, warnings, console.out());
        } else {
            TimelineText.lines(timeline, warnings).forEach(console.out()::println);
        }
        return ExitStatus.OK;
    }
}
