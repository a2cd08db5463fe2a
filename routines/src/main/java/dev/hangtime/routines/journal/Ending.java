package dev.hangtime.routines.journal;

import java.util.Locale;
import java.util.Optional;

/** How a session ended. */
public enum Ending {
    /** It ran through its last segment. */
    COMPLETED,
    /** The user stopped it. */
    STOPPED,
    /** It was cut off: Ctrl-C, the window closed, a crash or a power loss. It may be picked up again. */
    INTERRUPTED;

    /** The word in journal lines and in {@code history --csv}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Ending> ofWord(String word) {
        for (Ending ending : values()) {
            if (ending.word().equals(word)) {
                return Optional.of(ending);
            }
        }
        return Optional.empty();
    }
}
