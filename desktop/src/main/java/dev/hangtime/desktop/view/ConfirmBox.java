package dev.hangtime.desktop.view;

import dev.hangtime.desktop.model.SessionScreen;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A yes-or-no question over the session ("Stop the session?", "Add 30 seconds?"), with a button for each answer. */
final class ConfirmBox extends VBox {

    private final Label question = new Label();
    private final Label keys = new Label();
    private final Button yes = new Button();
    private final Button no = new Button();
    private final Label why = new Label();

    ConfirmBox(Consumer<Boolean> answer) {
        getStyleClass().add("overlay-box");
        question.getStyleClass().add("question");
        keys.getStyleClass().add("muted");
        yes.setId("confirm-yes");
        yes.setFocusTraversable(false);
        yes.setOnAction(e -> answer.accept(true));
        no.setId("confirm-no");
        no.setFocusTraversable(false);
        no.setOnAction(e -> answer.accept(false));
        HBox row = new HBox(12, yes, no);
        row.getStyleClass().add("buttons");
        why.setWrapText(true);
        why.setMaxWidth(640);
        why.setId("confirm-why");
        getChildren().addAll(question, why, row, keys);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    void show(SessionScreen.Overlay overlay) {
        show(overlay, Optional.empty());
    }

    /** @param reason why the question is asked, shown under it */
    void show(SessionScreen.Overlay overlay, Optional<String> reason) {
        question.setText(overlay.title());
        keys.setText(overlay.keys());
        why.setText(reason.orElse(""));
        why.setVisible(reason.isPresent());
        why.setManaged(reason.isPresent());
        switch (overlay) {
            case CONFIRM_CLOSE:
                yes.setText("Stop and close");
                no.setText("Carry on");
                break;
            case CONFIRM_DOSE:
                yes.setText("Add it anyway");
                no.setText("No");
                break;
            default:
                yes.setText("Stop");
                no.setText("Carry on");
        }
    }
}
