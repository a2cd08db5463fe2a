package dev.hangtime.tui.cli;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.FullScreenApp;
import java.io.IOException;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** Opens the full-screen app on the library, as bare {@code hangtime} does in a terminal. */
public final class LibraryLaunch {

    private LibraryLaunch() {
    }

    /**
     * Runs the app until the user leaves it. A session cut off less than 12 hours ago is offered over the library
     * once the library is on screen.
     *
     * @return the exit status: 0, or 130 when Ctrl-C ended it
     * @throws IOException if the terminal cannot be taken over; nothing has run then
     */
    public static int open(Console console, Supplier<Clock> clock) throws IOException {
        RoutineResolver resolver = new RoutineResolver(console);
        // Reading and checking every routine takes about as long as taking over the terminal: the two go side by
        // side. The library lists the user files it could not read itself, so nothing is printed meanwhile.
        Ahead<RoutineLibrary> library = Ahead.start("hangtime-library", () -> RoutineLibrary.load(resolver.paths()));
        Settings settings = resolver.settings();
        return FullScreenApp.library(library, FullScreen.options(console, clock, settings, 1, false,
                OptionalInt.empty(), id -> library.get().find(id))
                .withSafety(SafetyAnswersOf.console(console, clock, library::get, Notices.NONE))
                .withToday(TodayItems.of(console, clock, library::get, settings)),
                () -> FullScreen.offer(console, clock.get(), library.get(), settings));
    }
}
