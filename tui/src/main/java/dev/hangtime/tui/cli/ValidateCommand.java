package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.format.FileWarning;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hangtime validate FILE…}: checks routine files and says what is wrong, compiler style. */
final class ValidateCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("validate",
            "Check routine files: each problem with its line and column, or FILE: ok.")
            .operands("FILE", "Routine files (.json).");

    private final Console console;
    private final List<String> files;

    ValidateCommand(Console console, Arguments args) {
        this.console = console;
        this.files = args.operands();
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (String file : files) {
            ReadResult result = RoutineReader.read(Path.of(file));
            String name = SafeText.line(file);
            if (result.isValid()) {
                console.out().println(name + ": ok");
                for (FileWarning warning : result.warnings()) {
                    console.out().println(SafeText.line(warning.toString()));
                }
            } else {
                allValid = false;
                for (Problem problem : result.problems()) {
                    console.out().println(SafeText.line(problem.toString()));
                }
            }
        }
        return allValid ? ExitStatus.OK : ExitStatus.INVALID;
    }
}
