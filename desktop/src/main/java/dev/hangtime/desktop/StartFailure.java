package dev.hangtime.desktop;

import java.util.Optional;

/**
 * Why the window could not open, in one line that says what to do, for the failures a user can fix: no GTK 3
 * library, no display. Anything else is a fault, and keeps its stack trace.
 */
final class StartFailure {

    static final String NO_GTK = "the window needs GTK 3, which is not installed:"
            + " install libgtk-3-0 (Debian and Ubuntu: sudo apt-get install libgtk-3-0), or use hangtime in a terminal";
    static final String NO_DISPLAY = "there is no display to open the window on (DISPLAY is not set or cannot be"
            + " opened); run it in a desktop session, or use hangtime in a terminal";

    private StartFailure() {
    }

    /** The line for {@code failure} or any of its causes; empty when it is not one of the known ones. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unable to load glass GTK library")) {
                return Optional.of(NO_GTK);
            }
            if (message.contains("Unable to open DISPLAY")) {
                return Optional.of(NO_DISPLAY);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
