import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The least a JavaFX window can be: one label, in a window the size of the app's. Writes the epoch nanoseconds at
 * which its first frame was drawn to the file named by {@code -Dhello.shownLog}, then exits. Run by
 * {@code bench/desktop.py --floor} with the launcher's flags and a class-data archive of its own, as the floor
 * under the app's start-up on the same machine: what JavaFX takes before the app does anything.
 */
public class HelloWindow {

    public static void main(String[] args) {
        Path log = Path.of(System.getProperty("hello.shownLog"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Hangtime")), 1100, 760);
            stage.setScene(scene);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                Instant at = Instant.now();
                try {
                    Files.writeString(log, (at.getEpochSecond() * 1_000_000_000L + at.getNano()) + "\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                Platform.runLater(Platform::exit);
            });
            stage.show();
        });
    }
}
