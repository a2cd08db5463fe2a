package dev.hangtime.desktop.view;

import dev.hangtime.core.control.Key;
import dev.hangtime.desktop.model.EndScreen;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The end of a session: how it went, the time done in large digits, and the way on. */
final class EndPane extends VBox {

    private final Label routineName = new Label();
    private final Label headline = new Label();
    private final Label time = new Label();
    private final VBox lines = new VBox(6);
    private final Label painKept = new Label();
    private final Button leave = new Button();

    EndPane(Consumer<Key> press) {
        getStyleClass().add("end");
        routineName.getStyleClass().add("routine-name");
        headline.getStyleClass().add("title");
        headline.setId("end-headline");
        time.getStyleClass().add("end-time");
        time.setId("end-time");
        lines.setAlignment(javafx.geometry.Pos.CENTER);
        painKept.getStyleClass().add("end-line");
        leave.setId("end-leave");
        leave.setFocusTraversable(false);
        leave.getStyleClass().add("start");
        // Space moves on from the end page whether or not the pain question is still open, as in the terminal app.
        leave.setOnAction(e -> press.accept(Key.character(' ')));
        getChildren().addAll(routineName, headline, time, lines, painKept, leave);
    }

    void show(EndScreen end) {
        routineName.setText(end.routineName());
        headline.setText(end.headline());
        time.setText(end.time());
        lines.getChildren().clear();
        for (String line : end.lines()) {
            Label label = new Label(line);
            label.getStyleClass().add("end-line");
            lines.getChildren().add(label);
        }
        painKept.setText(end.painKept().orElse(""));
        leave.setText(end.leave());
    }
}
