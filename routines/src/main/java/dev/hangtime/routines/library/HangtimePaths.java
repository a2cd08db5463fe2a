package dev.hangtime.routines.library;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Hangtime keeps its files: everything under {@code $HANGTIME_HOME} when that is set, otherwise the XDG
 * base directories ({@code ~/.config/hangtime} for routines and settings, {@code ~/.local/share/hangtime} for
 * the journal). Tests and examples set {@code HANGTIME_HOME} to a temporary folder so that nothing touches
 * the user's real files.
 *
 * @param routines the folder of user routine files ({@code *.json})
 * @param settings the settings file
 * @param journal the folder of the session journal
 */
public record HangtimePaths(Path routines, Path settings, Path journal) {

    public static final String HANGTIME_HOME = "HANGTIME_HOME";

    /** The paths for this process: its environment and the {@code user.home} system property. */
    public static HangtimePaths system() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The paths for {@code environment} and {@code userHome}. Empty variables count as unset, and relative
     * XDG paths are ignored, as the XDG base directory specification asks.
     */
    public static HangtimePaths of(Map<String, String> environment, Path userHome) {
        Optional<String> home = variable(environment, HANGTIME_HOME);
        if (home.isPresent()) {
            Path root = Path.of(home.get());
            return new HangtimePaths(root.resolve("routines"), root.resolve("settings.json"), root.resolve("journal"));
        }
        Path config = xdg(environment, "XDG_CONFIG_HOME").orElse(userHome.resolve(".config")).resolve("hangtime");
        Path data = xdg(environment, "XDG_DATA_HOME").orElse(userHome.resolve(".local/share")).resolve("hangtime");
        return new HangtimePaths(config.resolve("routines"), config.resolve("settings.json"), data.resolve("journal"));
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isEmpty());
    }

    private static Optional<Path> xdg(Map<String, String> environment, String name) {
        return variable(environment, name).map(Path::of).filter(Path::isAbsolute);
    }
}
