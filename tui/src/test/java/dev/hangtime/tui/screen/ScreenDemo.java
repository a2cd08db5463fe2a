package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Timeline;
import java.io.IOException;

/**
 * Runs a test routine on the real session screen, for the end-to-end test and for trying the screen by hand:
 * {@code ScreenDemo facet} or {@code ScreenDemo hold SECONDS}. Exits with the session's status.
 */
public final class ScreenDemo {

    private ScreenDemo() {
    }

    public static void main(String[] args) throws IOException {
        Timeline timeline = args.length > 1 && args[0].equals("hold") ? Routines.hold(Integer.parseInt(args[1]))
                : Routines.facet();
        System.exit(FullScreenApp.session(timeline, FullScreenApp.Options.defaults()));
    }
}
