package dev.hangtime.desktop.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Why a routine did not run at all (the safety answer leaves nothing of it), what to do instead, and the way
 * back: the button, Enter or Esc.
 */
public final class NotRunPane extends VBox {

    private final Runnable back;

    public NotRunPane(String title, List<String> lines, String leave, Runnable back) {
        super(16);
        this.back = back;
        setId("not-run");
        setAlignment(Pos.CENTER);
        getStyleClass().add("end");
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        heading.setId("not-run-title");
        getChildren().add(heading);
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMaxWidth(760);
            label.getStyleClass().add("end-line");
            getChildren().add(label);
        }
        Button button = QuietButton.of("not-run-leave", leave, back);
        button.getStyleClass().add("start");
        getChildren().add(button);
    }

    /** Enter or Esc goes back; install it as the scene's key filter while the pane is shown. */
    public void onKey(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED
                && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.ESCAPE)) {
            event.consume();
            back.run();
        }
    }
}
