package dev.hangtime.desktop.window;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A display of the test's own, an Xvfb server on the first free number, driven with xdotool and captured with
 * ImageMagick's {@code import}.
 */
final class Display implements AutoCloseable {

    private final Process server;
    private final String name;

    private Display(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Whether the window tests can run here: Xvfb and xdotool are installed. Where {@code HANGTIME_DESKTOP_E2E=1}
     * says they must run, their absence fails the test instead.
     */
    static boolean available() {
        boolean tools = onPath("Xvfb") && onPath("xdotool");
        if (!tools && "1".equals(System.getenv("HANGTIME_DESKTOP_E2E"))) {
            throw new IllegalStateException("HANGTIME_DESKTOP_E2E=1 but Xvfb or xdotool is missing:"
                    + " apt-get install xvfb xdotool");
        }
        return tools;
    }

    /** Starts Xvfb on a free display number, which it tells on its standard output. */
    static Display start() throws IOException {
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten",
                "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null) {
            server.destroy();
            throw new IOException("Xvfb did not start");
        }
        return new Display(server, ":" + number.strip());
    }

    /** The repository's root: the desktop module's parent. */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    String name() {
        return name;
    }

    /** Waits until a visible window named {@code title} exists; returns its id. */
    String awaitWindow(String title, long seconds) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            List<String> found = run("xdotool", "search", "--onlyvisible", "--name", title);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no window named " + title + " in " + seconds + " s");
    }

    /** Gives {@code window} the keyboard and presses {@code key} (an X key name: space, Return, Right). */
    void key(String window, String key) throws IOException, InterruptedException {
        run("xdotool", "windowfocus", "--sync", window, "key", key);
    }

    /** Keeps what the display shows as a PNG, when ImageMagick is there; for a person to look at. */
    void screenshot(Path file) throws IOException, InterruptedException {
        if (onPath("import")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            run("import", "-window", "root", file.toString());
        }
    }

    private List<String> run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", name);
        Process process = builder.start();
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        return lines;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.destroy();
        try {
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
