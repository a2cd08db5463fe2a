package dev.hangtime.core.cue;

import java.util.Optional;

/** Speaks text as a sound, so that announcements play through the same player as the tones. */
@FunctionalInterface
public interface Voice {

    /** {@code text} spoken, or empty when it cannot be. May take a while: call it off the session's thread. */
    Optional<Sound> speak(String text);
}
