package dev.hangtime.core.control;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * "How is your pain now, 0–10?": answered with digits and Enter, skipped with one key (Enter with nothing
 * typed, or Esc), so that nobody is kept from their session by it. Any other key is left to the caller.
 */
public final class PainQuestion {

    /** Enough to read "100" and refuse it, rather than stop taking digits at 10. */
    private static final int MAX_DIGITS = 3;

    /** What a key did. */
    public enum Reply {
        /** A score was given: see {@link #score()}. */
        KEPT,
        /** The question was passed over. */
        SKIPPED,
        /** A digit was typed or taken back, or a score refused: the question stays. */
        TYPING,
        /** Not a key for the question: the caller acts on it. */
        NOT_MINE
    }

    private String typed = "";
    private Optional<String> problem = Optional.empty();
    private boolean open = true;
    private OptionalInt score = OptionalInt.empty();

    public boolean isOpen() {
        return open;
    }

    /** The digits typed so far. */
    public String typed() {
        return typed;
    }

    /** Why the last score entered was refused, until the next digit. */
    public Optional<String> problem() {
        return problem;
    }

    /** The score given, once {@link Reply#KEPT}. */
    public OptionalInt score() {
        return score;
    }

    /**
     * Closes the question, as when Space starts the session: a score on the scale that was typed but not yet
     * entered is kept, since typing it was answering.
     *
     * @return the score kept, if any
     */
    public OptionalInt close() {
        open = false;
        if (!typed.isEmpty() && PainScale.contains(Integer.parseInt(typed))) {
            score = OptionalInt.of(Integer.parseInt(typed));
        }
        return score;
    }

    public Reply onKey(Key key) {
        if (!open) {
            return Reply.NOT_MINE;
        }
        switch (key.name()) {
            case CHARACTER:
                int digit = key.digit();
                if (digit < 0) {
                    return Reply.NOT_MINE;
                }
                if (typed.length() < MAX_DIGITS) {
                    typed += (char) ('0' + digit);
                }
                problem = Optional.empty();
                return Reply.TYPING;
            case BACKSPACE:
                typed = typed.isEmpty() ? typed : typed.substring(0, typed.length() - 1);
                return Reply.TYPING;
            case ENTER:
                return enter();
            case ESCAPE:
                open = false;
                return Reply.SKIPPED;
            default:
                return Reply.NOT_MINE;
        }
    }

    private Reply enter() {
        if (typed.isEmpty()) {
            open = false;
            return Reply.SKIPPED;
        }
        int n = Integer.parseInt(typed);
        if (!PainScale.contains(n)) {
            problem = Optional.of(n + " is not on the scale: type a score from " + PainScale.MIN + " to "
                    + PainScale.MAX);
            typed = "";
            return Reply.TYPING;
        }
        open = false;
        score = OptionalInt.of(n);
        return Reply.KEPT;
    }
}
