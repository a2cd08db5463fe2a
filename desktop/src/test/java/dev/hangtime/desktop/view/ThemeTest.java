package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Light or dark, as the system says where it says. */
class ThemeTest {

    @Test
    void gtkTheme_namesDark() {
        assertEquals(Theme.DARK, Theme.fromEnvironment(Map.of("GTK_THEME", "Adwaita:dark")));
        assertEquals(Theme.DARK, Theme.fromEnvironment(Map.of("GTK_THEME", "Arc-Dark")));
        assertEquals(Theme.LIGHT, Theme.fromEnvironment(Map.of("GTK_THEME", "Adwaita")));
        assertEquals(Theme.LIGHT, Theme.fromEnvironment(Map.of()));
    }

    @Test
    void desktopSettings_colorScheme() {
        assertEquals(Optional.of(Theme.DARK), SystemTheme.parse("'prefer-dark'\n"));
        assertEquals(Optional.of(Theme.LIGHT), SystemTheme.parse("'prefer-light'"));
        assertEquals(Optional.empty(), SystemTheme.parse("'default'"));
        assertEquals(Optional.empty(), SystemTheme.parse("No such schema"));
    }

    @Test
    void other_switches() {
        assertEquals(Theme.LIGHT, Theme.DARK.other());
        assertEquals(Theme.DARK, Theme.LIGHT.other());
    }
}
