package dev.hangtime.tui.screen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tmux server of a test's own (its own socket, so that tests never meet each other's or the user's sessions):
 * the real terminal the end-to-end tests run the app in, type into and read back.
 */
final class Tmux {

    private final String socket;

    /** @param name what the socket's name starts with; the process id and a clock reading make it unique */
    Tmux(String name) {
        this.socket = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    /** Runs tmux with {@code args} on this server; what it printed, or an error saying what failed. */
    String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + out);
        }
        return out;
    }

    /** Stops the server and whatever runs in it, if tmux is there at all. */
    void kill() throws IOException, InterruptedException {
        if (installed()) {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Whether tmux is installed. */
    static boolean installed() {
        try {
            Process process = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
