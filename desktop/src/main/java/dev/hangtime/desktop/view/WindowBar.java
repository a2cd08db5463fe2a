package dev.hangtime.desktop.view;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The window's own controls: always on top, full screen, light or dark. None of them takes the keyboard. */
public final class WindowBar extends HBox {

    /**
     * @param theme the theme in use
     * @param choose applies the theme the user picks
     */
    public WindowBar(Stage stage, Theme theme, Consumer<Theme> choose) {
        super(8);
        ToggleButton onTop = new ToggleButton("On top");
        onTop.setId("on-top");
        onTop.setSelected(stage.isAlwaysOnTop());
        onTop.setTooltip(new Tooltip("Keep the window above the others"));
        onTop.setOnAction(e -> stage.setAlwaysOnTop(onTop.isSelected()));
        Button fullScreen = new Button("Full screen");
        fullScreen.setId("full-screen");
        fullScreen.setTooltip(new Tooltip("F11"));
        fullScreen.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        Button themes = new Button(label(theme));
        themes.setId("theme");
        Theme[] current = {theme};
        themes.setOnAction(e -> {
            current[0] = current[0].other();
            themes.setText(label(current[0]));
            choose.accept(current[0]);
        });
        for (javafx.scene.control.ButtonBase button : new javafx.scene.control.ButtonBase[] {onTop, fullScreen, themes}) {
            button.setFocusTraversable(false);
        }
        getChildren().addAll(onTop, fullScreen, themes);
    }

    /** The button names the theme it switches to. */
    private static String label(Theme theme) {
        return theme == Theme.LIGHT ? "Dark" : "Light";
    }
}
