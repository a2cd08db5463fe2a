package dev.hangtime.desktop.view;

import dev.hangtime.core.control.KeyMap;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Every key of the session, written from the one key map, and the window's own keys. */
final class HelpBox extends VBox {

    /** The window's keys, which only the desktop has. */
    static final List<KeyMap.Binding> WINDOW = List.of(
            new KeyMap.Binding(dev.hangtime.core.control.Command.NONE, "F11", "full screen, or back"),
            new KeyMap.Binding(dev.hangtime.core.control.Command.NONE, "media play/pause",
                    "as Space, from a headset or a remote"));

    HelpBox() {
        getStyleClass().add("overlay-box");
        Label title = new Label("Keys");
        title.getStyleClass().add("question");
        GridPane table = new GridPane();
        table.getStyleClass().add("help-table");
        int row = 0;
        for (List<KeyMap.Binding> bindings : List.of(KeyMap.SESSION, WINDOW)) {
            for (KeyMap.Binding binding : bindings) {
                if (binding.command() == dev.hangtime.core.control.Command.INTERRUPT) {
                    // Ctrl-C copies in a window; closing the window stops the session, after asking.
                    continue;
                }
                Label keys = new Label(binding.keys());
                keys.getStyleClass().add("help-keys");
                table.addRow(row++, keys, new Label(binding.action()));
            }
        }
        Label foot = new Label("any key: back to the session");
        foot.getStyleClass().add("muted");
        getChildren().addAll(title, table, foot);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
