package dev.hangtime.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run for the launcher's class-data archive: the window opens out of sight on the library, then on
 * a session's screen (no sound, no journal), draws each once and ends. It reads the built-in routines only.
 *
 * <pre>
 * java -XX:DumpLoadedClassList=hangtime-desktop.classes -cp hangtime-desktop.jar dev.hangtime.desktop.Training
 * java -Xshare:dump -XX:SharedClassListFile=hangtime-desktop.classes -XX:SharedArchiveFile=hangtime-desktop.jsa \
 *     -cp hangtime-desktop.jar
 * </pre>
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("hangtime-training");
        int status = DesktopMain.run(new String[0], Map.of("HANGTIME_HOME", home.toString()), System.out, System.err,
                true);
        if (status != 0) {
            System.exit(status);
        }
    }
}
