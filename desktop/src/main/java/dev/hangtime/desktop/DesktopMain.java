package dev.hangtime.desktop;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Lookup;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the window: reads the library while the toolkit starts (the two take about as long), finds the routine
 * named on the command line, and opens the window on it or on the library. The failures a user can fix (no GTK
 * 3, no display, a routine that does not exist) are said in one line on standard error.
 */
final class DesktopMain {

    static final String PREFIX = "hangtime-desktop: ";

    /**
     * JavaFX warns on every start that it runs from the class path ("Unsupported JavaFX configuration"), which is
     * how a shaded jar runs it; the warning says nothing the user can act on. Held here so that the setting stays.
     */
    private static final Logger QUIET = Logger.getLogger("javafx");

    private DesktopMain() {
    }

    /** @return the exit status: 0 once the window is open, 1 when it cannot open, 2 for a wrong command line */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, environment, out, err, false);
    }

    /** @param training whether this is {@link Training}'s run */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
            boolean training) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(PREFIX + e.getMessage() + " (hangtime-desktop --help says more)");
            return ExitStatus.USAGE;
        }
        if (arguments.help()) {
            out.println(Arguments.USAGE);
            return ExitStatus.OK;
        }
        HangtimePaths paths = HangtimePaths.of(environment, Path.of(System.getProperty("user.home")));
        CompletableFuture<Library> library = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                library.complete(Library.read(paths));
            } catch (RuntimeException | Error e) {
                library.completeExceptionally(e);
            }
        }, "hangtime-library");
        reader.setDaemon(true);
        reader.start();
        QUIET.setLevel(Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException e) {
            Optional<String> line = StartFailure.describe(e);
            if (line.isEmpty()) {
                throw e;
            }
            err.println(PREFIX + line.get());
            return ExitStatus.INVALID;
        } finally {
            QUIET.setLevel(null);
        }
        Library read = library.join();
        Optional<LibraryEntry> routine = Optional.empty();
        if (arguments.routine().isPresent()) {
            Lookup lookup = read.find(arguments.routine().get());
            if (lookup.entry().isEmpty()) {
                err.println(PREFIX + Library.lines(lookup.problems()).replace("\n", "\n" + PREFIX));
                Platform.exit();
                return ExitStatus.INVALID;
            }
            routine = lookup.entry();
        }
        Optional<LibraryEntry> first = routine;
        Platform.runLater(() -> {
            PausingPulseTimer.install();
            new DesktopApp(read, environment, arguments.sound(), training).start(first);
        });
        return ExitStatus.OK;
    }
}
