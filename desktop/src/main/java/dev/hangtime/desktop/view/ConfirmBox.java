package dev.hangtime.desktop.view;

import dev.hangtime.desktop.model.SessionScreen;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Stop the session?", with a button for each answer as well as its keys. */
final class ConfirmBox extends VBox {

    private final Label question = new Label();
    private final Label keys = new Label();
    private final Button yes = new Button();

    ConfirmBox(Consumer<Boolean> answer) {
        getStyleClass().add("overlay-box");
        question.getStyleClass().add("question");
        keys.getStyleClass().add("muted");
        yes.setId("confirm-yes");
        yes.setFocusTraversable(false);
        yes.setOnAction(e -> answer.accept(true));
        Button no = new Button("Carry on");
        no.setId("confirm-no");
        no.setFocusTraversable(false);
        no.setOnAction(e -> answer.accept(false));
        HBox row = new HBox(12, yes, no);
        row.getStyleClass().add("buttons");
        getChildren().addAll(question, row, keys);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    void show(SessionScreen.Overlay overlay) {
        question.setText(overlay.title());
        keys.setText(overlay.keys());
        yes.setText(overlay == SessionScreen.Overlay.CONFIRM_CLOSE ? "Stop and close" : "Stop");
    }
}
