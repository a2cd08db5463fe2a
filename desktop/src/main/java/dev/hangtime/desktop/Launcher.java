package dev.hangtime.desktop;

/**
 * The {@code hangtime-desktop} command's main class. A plain class, not a JavaFX {@code Application}: the
 * shaded jar keeps JavaFX on the class path, where a main class extending {@code Application} fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int status = DesktopMain.run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
