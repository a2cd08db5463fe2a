package dev.hangtime.tui.screen;

/**
 * The cues' sound as the screens see it: the {@code m} key turns it on and off, and a cue that could not be
 * played makes the screen flash instead, so that nobody upside down on a table misses a cue in silence.
 *
 * <p>The full-screen app calls {@link #isOn()} and {@link #setOn(boolean)} on its own thread;
 * {@link #onFailure(Runnable)} is called once, before the session starts.
 */
public interface SoundSwitch {

    /** Whether cues are sounded. */
    boolean isOn();

    /** Sounds cues from now on, or stops sounding them. */
    void setOn(boolean on);

    /**
     * Registers {@code listener} to be told, from any thread, each time a cue should have sounded but could
     * not (no audio device, say). The default never calls it.
     */
    default void onFailure(Runnable listener) {
    }

    /** No sound at all: {@code m} has nothing to switch, and the key help leaves it out. */
    SoundSwitch NONE = new SoundSwitch() {
        @Override
        public boolean isOn() {
            return false;
        }

        @Override
        public void setOn(boolean on) {
        }
    };
}
