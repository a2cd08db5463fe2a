package dev.hangtime.desktop.model;

import java.util.List;
import java.util.Optional;

/**
 * The end page at one moment.
 *
 * @param routineName the routine's name
 * @param completed whether the session ran to its end
 * @param headline "Session complete. Well done." or "Session stopped."
 * @param time the time done, shown large
 * @param lines how it went, worded as in the terminal app
 * @param pain the pain question after the session, while it is open
 * @param painKept what became of the score given: "Pain 3 kept", or that it could not be kept
 * @param leave the words of the button and key that move on
 * @param redFlag a pain score after the session that calls for care, said over the page until the next key
 */
public record EndScreen(String routineName, boolean completed, String headline, String time, List<String> lines,
        Optional<PainPrompt> pain, Optional<String> painKept, String leave, Optional<String> redFlag)
        implements Screen {

    public EndScreen {
        lines = List.copyOf(lines);
    }
}
