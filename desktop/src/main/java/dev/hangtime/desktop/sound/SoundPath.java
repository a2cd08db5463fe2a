package dev.hangtime.desktop.sound;

import java.util.Locale;
import java.util.Optional;

/** The ways the desktop can sound a cue, the first that opens taking the session. */
public enum SoundPath {
    /** The shared javax.sound line player, the terminal app's: the primary path (docs/desktop.md). */
    LINE,
    /** javafx-media's AudioClip: the fallback when the line cannot open. */
    CLIP,
    /** No sound at all: the window flashes at each cue. */
    FLASH;

    /** The lower-case name, as {@code -Dhangtime.desktop.sound} takes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The path named {@code word}: line, clip or flash. */
    public static Optional<SoundPath> of(String word) {
        for (SoundPath path : values()) {
            if (path.word().equals(word)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
