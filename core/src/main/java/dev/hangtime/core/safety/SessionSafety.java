package dev.hangtime.core.safety;

import java.util.Map;

/**
 * What a session's controller must know about safety: whether the user has answered the safety screen (then
 * the routine's inversion reminder is not repeated before every session, the screen having covered it), and what
 * the steps that are said in short say instead of their note; {@code i} shows the note in full.
 *
 * @param screened whether the safety screen has been answered and none of the list applies
 * @param shortTexts by segment index, what a step said in short shows instead of its note
 */
public record SessionSafety(boolean screened, Map<Integer, String> shortTexts) {

    /** Nothing known: every warning is shown, and every step says all it has. */
    public static final SessionSafety NONE = new SessionSafety(false, Map.of());

    public SessionSafety {
        shortTexts = Map.copyOf(shortTexts);
    }
}
