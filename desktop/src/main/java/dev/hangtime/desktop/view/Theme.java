package dev.hangtime.desktop.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;

/** Light or dark: the colours of the window, the same layout either way. */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** The other one. */
    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Gives {@code scene} this theme's colours, in place of the other's. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(List.of(url(sheet), url("kinds.css"), url("hangtime.css")));
    }

    /**
     * The theme the system asks for where it says so in the environment: a GTK theme named "…:dark" or
     * "…-dark" ({@code GTK_THEME}); light otherwise. {@link SystemTheme} asks the desktop's settings as well.
     */
    public static Theme fromEnvironment(Map<String, String> environment) {
        String gtk = environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.endsWith(":dark") || gtk.endsWith("-dark") ? DARK : LIGHT;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
