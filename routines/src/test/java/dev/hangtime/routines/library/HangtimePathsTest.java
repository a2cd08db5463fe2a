package dev.hangtime.routines.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HangtimePathsTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void hangtimeHome_holdsEverything() {
        // given
        Map<String, String> env = Map.of("HANGTIME_HOME", "/tmp/ht", "XDG_CONFIG_HOME", "/xdg/config",
                "XDG_DATA_HOME", "/xdg/data");

        // when
        HangtimePaths paths = HangtimePaths.of(env, HOME);

        // then
        assertEquals(new HangtimePaths(Path.of("/tmp/ht/routines"), Path.of("/tmp/ht/settings.json"),
                Path.of("/tmp/ht/journal")), paths);
    }

    @Test
    void xdgVariables_placeConfigAndDataApart() {
        // given
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/xdg/config", "XDG_DATA_HOME", "/xdg/data");

        // when
        HangtimePaths paths = HangtimePaths.of(env, HOME);

        // then
        assertEquals(new HangtimePaths(Path.of("/xdg/config/hangtime/routines"),
                Path.of("/xdg/config/hangtime/settings.json"), Path.of("/xdg/data/hangtime/journal")), paths);
    }

    @Test
    void nothingSet_usesTheDefaultsUnderTheUsersHome() {
        // given
        Map<String, String> env = Map.of();

        // when
        HangtimePaths paths = HangtimePaths.of(env, HOME);

        // then
        assertEquals(new HangtimePaths(Path.of("/home/ana/.config/hangtime/routines"),
                Path.of("/home/ana/.config/hangtime/settings.json"),
                Path.of("/home/ana/.local/share/hangtime/journal")), paths);
    }

    @Test
    void emptyOrRelativeVariables_areIgnored() {
        // given
        Map<String, String> env = Map.of("HANGTIME_HOME", "", "XDG_CONFIG_HOME", "relative/config",
                "XDG_DATA_HOME", "");

        // when
        HangtimePaths paths = HangtimePaths.of(env, HOME);

        // then
        assertEquals(new HangtimePaths(Path.of("/home/ana/.config/hangtime/routines"),
                Path.of("/home/ana/.config/hangtime/settings.json"),
                Path.of("/home/ana/.local/share/hangtime/journal")), paths);
    }
}
