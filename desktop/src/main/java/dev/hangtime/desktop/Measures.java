package dev.hangtime.desktop;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/**
 * What the desktop bench (bench/desktop.sh) reads from a running window, switched on by system properties and
 * off otherwise:
 * <ul>
 * <li>{@code -Dhangtime.desktop.shownLog=FILE}: when the first frame of the window was on screen, as epoch
 * nanoseconds, so that the bench can take the time from launch to window;
 * {@code -Dhangtime.desktop.exitWhenShown=true} then closes the window (a start-up run, or the class-data
 * archive's training run);</li>
 * <li>{@code -Dhangtime.desktop.paintLog=FILE}: for each change of the session screen, how long after it was
 * due the frame that shows it was rendered, in milliseconds;</li>
 * <li>{@code -Dhangtime.desktop.sceneLog=FILE}: for each change of the session screen, the text of every visible
 * labelled node with an id ({@code banner=…|step-label=…|remaining=…}), read back from the scene, for the
 * end-to-end test.</li>
 * </ul>
 * A frame counts as on screen when the renderer has drawn it, which JavaFX tells only through its scene
 * tracker, an internal class; it is used here and nowhere else.
 */
final class Measures {

    private static final Optional<Path> SHOWN = path("hangtime.desktop.shownLog");
    private static final Optional<Path> PAINT = path("hangtime.desktop.paintLog");
    private static final Optional<Path> SCENE = path("hangtime.desktop.sceneLog");
    private static final boolean EXIT_WHEN_SHOWN = Boolean.getBoolean("hangtime.desktop.exitWhenShown");

    /** The ticker reading at which the screen waiting to be rendered was due; 0 when none waits. */
    private final AtomicLong due = new AtomicLong();
    /** What waits for the next frame to be on screen. */
    private final Queue<Runnable> next = new ConcurrentLinkedQueue<>();
    private volatile boolean shown;
    private Scene scene;
    /** Whether frames are watched all along, not only until the first task after the first frame has run. */
    private boolean always;

    /**
     * Watches {@code scene}'s frames: until the first is on screen (which the library's detail waits for), and for
     * as long as a measure is switched on or a training run waits for them.
     */
    void watch(Scene scene, boolean training) {
        this.scene = scene;
        this.always = SHOWN.isPresent() || PAINT.isPresent() || training;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
    }

    /** Runs {@code task} on the toolkit's thread once the next frame has been rendered. */
    void afterNextFrame(Runnable task) {
        next.add(task);
    }

    /**
     * A screen due at {@code at} (a System.nanoTime() reading) has been handed to {@code root}'s scene; on the
     * toolkit's thread.
     */
    void changed(long at, Parent root) {
        if (PAINT.isPresent()) {
            due.compareAndSet(0, at);
        }
        SCENE.ifPresent(file -> {
            root.applyCss();
            root.layout();
            List<String> texts = new ArrayList<>();
            visibleTexts(root, texts);
            append(file, String.join("|", texts) + "\n");
        });
    }

    /** Every visible labelled node with an id under {@code node}, as id=text. */
    private static void visibleTexts(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled && node.getId() != null) {
            texts.add(node.getId() + "=" + ((Labeled) node).getText().replace('\n', ' ').replace('|', '/'));
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                visibleTexts(child, texts);
            }
        }
    }

    /** On the renderer's thread, each time a frame has been drawn. */
    private void rendered() {
        long now = System.nanoTime();
        if (!shown) {
            shown = true;
            SHOWN.ifPresent(file -> {
                Instant at = Instant.now();
                append(file, (at.getEpochSecond() * 1_000_000_000L + at.getNano()) + "\n");
                if (EXIT_WHEN_SHOWN) {
                    Platform.runLater(Platform::exit);
                }
            });
        }
        Runnable task = next.poll();
        if (task == null && !always) {
            // Nothing waits for frames any more: the tracker's call at every frame is not worth keeping.
            Platform.runLater(() -> {
                if (next.isEmpty()) {
                    PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(null);
                }
            });
        }
        for (; task != null; task = next.poll()) {
            Platform.runLater(task);
        }
        long at = due.getAndSet(0);
        if (at != 0) {
            PAINT.ifPresent(file -> append(file, String.format("%.2f%n", (now - at) / 1e6)));
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // A bench that cannot write its log finds no figures and says so; the window goes on.
        }
    }

    private static Optional<Path> path(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(p -> !p.isEmpty()).map(Path::of);
    }
}
