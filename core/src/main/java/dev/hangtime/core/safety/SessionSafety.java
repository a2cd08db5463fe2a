package dev.hangtime.core.safety;

import java.util.Map;

/**
 * What a session's controller must know about safety: whether the user has answered the safety screen (then
 * the routine's inversion reminder is not repeated before every session, the screen having covered it), what
 * the steps that are said in short say instead of their note ({@code i} shows the note in full), and how far "+"
 * may lengthen a step before it asks.
 *
 * @param screened whether the safety screen has been answered and none of the list applies
 * @param shortTexts by segment index, what a step said in short shows instead of its note
 * @param limits when "+" asks first
 */
public record SessionSafety(boolean screened, Map<Integer, String> shortTexts, DoseLimits limits) {

    /** Nothing known: every warning is shown, every step says all it has, and the standard limits hold. */
    public static final SessionSafety NONE = new SessionSafety(false, Map.of());

    public SessionSafety {
        shortTexts = Map.copyOf(shortTexts);
    }

    /** With the standard limits. */
    public SessionSafety(boolean screened, Map<Integer, String> shortTexts) {
        this(screened, shortTexts, DoseLimits.STANDARD);
    }

    /** The same, with {@code newLimits}, such as a plan's week's. */
    public SessionSafety withLimits(DoseLimits newLimits) {
        return new SessionSafety(screened, shortTexts, newLimits);
    }
}
