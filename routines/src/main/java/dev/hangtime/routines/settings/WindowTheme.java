package dev.hangtime.routines.settings;

import java.util.Locale;
import java.util.Optional;

/** The desktop window's colours, as the settings file keeps them: the system's choice, or light or dark. */
public enum WindowTheme {
    /** Whatever the desktop prefers (GTK's theme, or its colour-scheme setting). */
    SYSTEM,
    LIGHT,
    DARK;

    /** As the settings file writes it: "system", "light", "dark". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme named {@code word}, exactly as {@link #word()} writes it. */
    public static Optional<WindowTheme> of(String word) {
        for (WindowTheme theme : values()) {
            if (theme.word().equals(word)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
