package dev.hangtime.tui.screen;

/**
 * What the full-screen app does for a session's sound and journal, from any thread. Nothing may be printed
 * while the app has the screen: it would land in the middle of a frame.
 */
public interface ScreenHooks {

    /** Flashes the screen, as the terminal bell's stand-in for a cue that cannot be heard. */
    void flash();

    /** Shows {@code line} at the foot of the session screen until the session ends, such as a sound problem. */
    void notice(String line);
}
