package dev.hangtime.desktop.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the desktop's settings say of dark and light: GNOME and the desktops that follow it keep it in
 * {@code org.gnome.desktop.interface color-scheme}. Asked once, off the toolkit's thread, since it runs a
 * program.
 */
public final class SystemTheme {

    private SystemTheme() {
    }

    /** The theme the desktop prefers, if it says; empty where {@code gsettings} is missing or says nothing. */
    public static Optional<Theme> ask() {
        try {
            Process process = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            String answer;
            try (InputStream out = process.getInputStream()) {
                answer = new String(out.readNBytes(200), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? parse(answer) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** {@code 'prefer-dark'} is dark, {@code 'prefer-light'} light; {@code 'default'} says nothing. */
    static Optional<Theme> parse(String answer) {
        String value = answer.strip();
        if (value.equals("'prefer-dark'")) {
            return Optional.of(Theme.DARK);
        }
        return value.equals("'prefer-light'") ? Optional.of(Theme.LIGHT) : Optional.empty();
    }
}
