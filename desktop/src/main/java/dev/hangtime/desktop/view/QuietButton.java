package dev.hangtime.desktop.view;

import javafx.scene.control.Button;

/**
 * A button that never takes the keyboard: clicking it leaves Space, Enter and typing where they were (the session,
 * the search field, an answer's keys).
 */
public final class QuietButton {

    private QuietButton() {
    }

    /** A button known to tests by {@code id}, showing {@code text}, that runs {@code action} when clicked. */
    public static Button of(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
