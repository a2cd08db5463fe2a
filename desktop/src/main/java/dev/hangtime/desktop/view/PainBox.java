package dev.hangtime.desktop.view;

import dev.hangtime.core.control.Key;
import dev.hangtime.desktop.model.PainPrompt;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "How is your pain now, 0–10?": the digits typed so far, a button for each score, and one to pass it over.
 * Buttons type what the keys would, so the shared question decides what they mean.
 */
final class PainBox extends VBox {

    private final Label question = new Label();
    private final Label typed = new Label();
    private final Label problem = new Label();
    private final Label keys = new Label();

    PainBox(Consumer<Key> press) {
        getStyleClass().add("overlay-box");
        question.getStyleClass().add("question");
        typed.getStyleClass().add("typed");
        problem.getStyleClass().add("error");
        keys.getStyleClass().add("muted");
        HBox scale = new HBox();
        scale.getStyleClass().add("pain-scale");
        for (int score = 0; score <= 10; score++) {
            String digits = Integer.toString(score);
            Button button = new Button(digits);
            button.setFocusTraversable(false);
            button.setId("pain-" + score);
            button.setOnAction(e -> {
                // A score replaces whatever was typed: take it back first.
                for (int i = 0; i < 3; i++) {
                    press.accept(Key.of(Key.Name.BACKSPACE));
                }
                digits.chars().forEach(c -> press.accept(Key.character((char) c)));
                press.accept(Key.of(Key.Name.ENTER));
            });
            scale.getChildren().add(button);
        }
        Button skip = QuietButton.of("pain-skip", "Skip", () -> press.accept(Key.of(Key.Name.ESCAPE)));
        getChildren().addAll(question, typed, problem, scale, skip, keys);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    void show(PainPrompt prompt) {
        question.setText(prompt.question());
        typed.setText(prompt.typed().isEmpty() ? " " : prompt.typed());
        problem.setText(prompt.problem().orElse(""));
        keys.setText(prompt.keys());
    }
}
