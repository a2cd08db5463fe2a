package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs a routine file on the real session screen, as {@code hangtime run FILE} does in a terminal: for the
 * end-to-end test and the bench, and for trying the screen by hand. Exits with the session's status; a file
 * with problems prints them and exits 1.
 *
 * <p>With a second argument, writes the terminal's settings ({@code stty -g}) to that file as soon as the
 * screen has returned, before the program ends: the terminal must be given back then, not only at exit,
 * since the command may go on to ask the user something.
 */
public final class ScreenDemo {

    private ScreenDemo() {
    }

    public static void main(String[] args) throws IOException {
        ReadResult result = RoutineReader.read(Path.of(args[0]));
        if (result.routine().isEmpty()) {
            result.problems().forEach(System.err::println);
            System.exit(1);
        }
        Timeline timeline = Expansion.expand(result.routine().get());
        int status = FullScreenApp.session(timeline, FullScreenApp.Options.defaults());
        if (args.length > 1) {
            Process stty = new ProcessBuilder("stty", "-g").redirectInput(new java.io.File("/dev/tty"))
                    .redirectOutput(new java.io.File(args[1])).start();
            try {
                stty.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(status);
    }
}
