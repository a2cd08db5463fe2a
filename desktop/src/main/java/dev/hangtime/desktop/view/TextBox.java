package dev.hangtime.desktop.view;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A long text over the session: the step's whole note (such as the full safety text a short check stands for),
 * or a red flag. It scrolls with the mouse when it is longer than the window; any key closes it.
 */
final class TextBox extends VBox {

    private final Label title = new Label();
    private final Label text = new Label();
    private final Label foot = new Label();

    TextBox() {
        getStyleClass().add("overlay-box");
        setId("text-box");
        title.getStyleClass().add("question");
        title.setId("text-box-title");
        text.setWrapText(true);
        text.getStyleClass().add("end-line");
        text.setId("text-box-text");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("note-scroll");
        foot.getStyleClass().add("muted");
        getChildren().addAll(title, scroll, foot);
        setMaxWidth(760);
        maxHeightProperty().bind(sceneProperty().flatMap(s -> s.heightProperty()).map(h -> h.doubleValue() * 0.8)
                .orElse(600.0));
    }

    void show(String title, String text, String foot) {
        this.title.setText(title);
        this.text.setText(text);
        this.foot.setText(foot);
    }
}
