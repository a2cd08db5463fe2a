package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Warnings;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.tui.text.SafeText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hangtime validate FILE…}: checks routine files and says what is wrong, compiler style. */
@Command(name = "validate", description = "Check routine files: each problem with its line and column, or FILE: ok.")
final class ValidateCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Routine files (.json).")
    private List<Path> files;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            ReadResult result = RoutineReader.read(file);
            String name = SafeText.line(file.toString());
            if (result.isValid()) {
                console.out().println(name + ": ok");
                for (String warning : Warnings.of(result.routine().get())) {
                    console.out().println(name + ": warning: " + SafeText.line(warning));
                }
            } else {
                allValid = false;
                for (Problem problem : result.problems()) {
                    console.out().println(SafeText.line(problem.toString()));
                }
            }
        }
        return allValid ? Exit.OK : Exit.INVALID;
    }
}
