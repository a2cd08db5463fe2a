package dev.hangtime.tui.cli;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Lookup;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.settings.LoadedSettings;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the routine a command names, saying what is wrong when there is none. */
final class RoutineResolver {

    /** What a ROUTINE operand may be, for the help of the commands that take one. */
    static final String OPERAND_HELP = "A routine id or name (see hangtime list), or a .json file.";

    private final Console console;

    RoutineResolver(Console console) {
        this.console = console;
    }

    /** Where the user's files are. */
    HangtimePaths paths() {
        return HangtimePaths.of(console.environment(), console.userHome());
    }

    /** The user's settings; a problem with the file is reported on standard error and defaults fill in. */
    Settings settings() {
        LoadedSettings loaded = SettingsFile.at(paths()).load();
        loaded.problem().ifPresent(problem -> console.err().println("hangtime: " + SafeText.line(problem)));
        return loaded.settings();
    }

    /** The library, with every user file that could not be read reported on standard error. */
    RoutineLibrary library() {
        RoutineLibrary library = RoutineLibrary.load(paths());
        report(library);
        return library;
    }

    /**
     * Says once for each user file that cannot be read that it was left out, with its first problem and, when
     * there are more, the command that shows them all: a command about another routine is not the place to
     * list them.
     */
    private void report(RoutineLibrary library) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        library.problems().forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        byFile.forEach((file, problems) -> {
            int more = problems.size() - 1;
            console.err().println("hangtime: skipped a user routine: " + SafeText.line(problems.get(0).toString())
                    + (more == 0 ? "" : "; " + more + (more == 1 ? " more problem" : " more problems")
                            + ": hangtime validate " + SafeText.line(ShellWord.quote(file))));
        });
    }

    /**
     * The routine an id, a name or a file path names.
     *
     * @throws UsageException for an id or name that names no routine, or several
     * @throws InvalidRoutineException for a file that is not a valid routine, after printing its problems
     */
    LibraryEntry entry(String routine) {
        if (RoutineLibrary.looksLikePath(routine)) {
            Lookup lookup = RoutineLibrary.resolveFile(routine);
            if (lookup.entry().isPresent()) {
                return lookup.entry().get();
            }
            for (Problem problem : lookup.problems()) {
                console.out().println(SafeText.line(problem.toString()));
            }
            throw new InvalidRoutineException();
        }
        RoutineLibrary library = RoutineLibrary.load(paths());
        List<LibraryEntry> named = library.named(routine);
        if (named.isEmpty()) {
            List<Problem> ownProblems = library.problemsOfFileNamed(routine);
            if (!ownProblems.isEmpty()) {
                // The routine named is a user file that cannot be read: its problems are the answer.
                ownProblems.forEach(problem -> console.out().println(SafeText.line(problem.toString())));
                throw new InvalidRoutineException();
            }
        }
        report(library);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new UsageException("several routines are called \"" + SafeText.line(routine) + "\": "
                    + String.join(", ", named.stream().map(LibraryEntry::id).toList()), "name one by its id");
        }
        List<String> close = library.idsCloseTo(routine);
        String name = "no routine has the id or name \"" + SafeText.line(routine) + "\"";
        throw new UsageException(close.isEmpty() ? name : name + "; did you mean " + String.join(" or ", close) + "?",
                "hangtime list shows them all");
    }

    /** A routine file with problems, already reported; the command exits with status 1. */
    static final class InvalidRoutineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidRoutineException() {
            super(null, null, false, false);
        }
    }
}
