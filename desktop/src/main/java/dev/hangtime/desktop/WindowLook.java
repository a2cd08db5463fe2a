package dev.hangtime.desktop;

import dev.hangtime.desktop.view.SystemTheme;
import dev.hangtime.desktop.view.Theme;
import dev.hangtime.desktop.view.WindowBar;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.WindowTheme;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How the window looks and sits: light or dark, as the settings say or as the system prefers, and always on top
 * or not. The theme the user picks with the bar's button holds until the window closes; the settings' theme
 * holds until they are saved again.
 */
final class WindowLook {

    private final Stage stage;
    private final Scene scene;
    private final Map<String, String> environment;
    private Theme theme;
    /** Whether the user or the settings chose the theme; if not, the system's preference, once known, wins. */
    private boolean chosen;

    WindowLook(Stage stage, Scene scene, Map<String, String> environment, Settings settings) {
        this.stage = stage;
        this.scene = scene;
        this.environment = environment;
        this.theme = themeOf(settings);
        this.chosen = settings.theme() != WindowTheme.SYSTEM;
    }

    /** Gives the window its look, and asks the desktop, off this thread, for its preference if it is to follow it. */
    void apply(Settings settings) {
        stage.setAlwaysOnTop(settings.onTop());
        chosen = settings.theme() != WindowTheme.SYSTEM;
        Theme wanted = themeOf(settings);
        if (wanted != theme || scene.getStylesheets().isEmpty()) {
            theme = wanted;
            theme.applyTo(scene);
        }
        if (!chosen) {
            followSystem();
        }
    }

    /** The window's own controls, with the theme in use on its button. */
    WindowBar bar() {
        return new WindowBar(stage, theme, picked -> {
            theme = picked;
            chosen = true;
            theme.applyTo(scene);
        });
    }

    private Theme themeOf(Settings settings) {
        switch (settings.theme()) {
            case DARK:
                return Theme.DARK;
            case LIGHT:
                return Theme.LIGHT;
            default:
                return Theme.fromEnvironment(environment);
        }
    }

    private void followSystem() {
        Thread asker = new Thread(() -> SystemTheme.ask().ifPresent(asked -> Platform.runLater(() -> {
            if (!chosen && asked != theme) {
                theme = asked;
                theme.applyTo(scene);
            }
        })), "hangtime-theme");
        asker.setDaemon(true);
        asker.start();
    }
}
