package dev.hangtime.desktop.view;

import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.Screening;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The safety screen, before a first session with inversion (and again after six months, or when the list
 * changes), with the terminal app's words: who must not invert, and the two answers, by button or by y and n.
 * Esc (or q, or Back) goes back without an answer, and nothing runs.
 */
public final class SafetyPane extends BorderPane {

    private final Consumer<SafetyAnswer.Answer> answer;
    private final Runnable back;

    /**
     * @param asked where the user stood when the screen was called for, which says why it is shown
     * @param answer keeps the answer given, then goes on
     * @param back goes back without an answer
     * @param toolbar the window's own controls
     */
    public SafetyPane(Screening asked, Consumer<SafetyAnswer.Answer> answer, Runnable back, Node toolbar) {
        this.answer = answer;
        this.back = back;
        setId("safety");
        Label title = new Label(SafetyList.TITLE);
        title.getStyleClass().add("title");
        Label why = new Label(SafetyText.askedBecause(asked));
        why.getStyleClass().add("muted");
        VBox text = new VBox(12);
        text.getStyleClass().add("safety-text");
        text.getChildren().add(wrapped(SafetyList.INTRO));
        VBox conditions = new VBox(4);
        for (String condition : SafetyList.CONDITIONS) {
            Label item = wrapped("•  " + condition);
            item.getStyleClass().add("strong");
            conditions.getChildren().add(item);
        }
        text.getChildren().addAll(conditions, wrapped(SafetyList.DOCTOR));
        Button none = button("safety-none", "Y  " + SafetyList.NONE_APPLIES,
                () -> answer.accept(SafetyAnswer.Answer.NONE_APPLIES));
        Button something = button("safety-something", "N  " + SafetyList.SOMETHING_APPLIES,
                () -> answer.accept(SafetyAnswer.Answer.SOMETHING_APPLIES));
        Button backButton = button("safety-back", "Back (Esc): nothing runs", back);
        VBox answers = new VBox(8, none, something, backButton);
        text.getChildren().add(answers);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(new VBox(title, why), gap, toolbar);
        top.getStyleClass().add("page-top");
        setTop(top);
        setCenter(scroll);
    }

    /** y, n, Esc and q, as in the terminal app; install it as the scene's key filter while the pane is shown. */
    public void onKey(KeyEvent event) {
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.Y) {
            event.consume();
            answer.accept(SafetyAnswer.Answer.NONE_APPLIES);
        } else if (code == KeyCode.N) {
            event.consume();
            answer.accept(SafetyAnswer.Answer.SOMETHING_APPLIES);
        } else if (code == KeyCode.ESCAPE || code == KeyCode.Q) {
            event.consume();
            back.run();
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("end-line");
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = QuietButton.of(id, text, action);
        button.setWrapText(true);
        button.getStyleClass().add("safety-answer");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }
}
