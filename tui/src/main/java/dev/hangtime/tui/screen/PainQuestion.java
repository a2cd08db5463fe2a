package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "How is your pain now, 0–10?": answered with digits and Enter, skipped with one key (Enter with nothing
 * typed, or Esc), so that nobody is kept from their session by it. Any other key is left to the page.
 */
final class PainQuestion {

    static final String QUESTION = "How is your pain now, 0–10?";

    /** Enough to read "100" and refuse it, rather than stop taking digits at 10. */
    private static final int MAX_DIGITS = 3;

    /** What a key did. */
    enum Reply {
        /** A score was given: see {@link #score()}. */
        KEPT,
        /** The question was passed over. */
        SKIPPED,
        /** A digit was typed or taken back, or a score refused: the question stays. */
        TYPING,
        /** Not a key for the question: the page acts on it. */
        NOT_MINE
    }

    private String typed = "";
    private Optional<String> problem = Optional.empty();
    private boolean open = true;
    private OptionalInt score = OptionalInt.empty();

    boolean isOpen() {
        return open;
    }

    /** The score given, once {@link Reply#KEPT}. */
    OptionalInt score() {
        return score;
    }

    /**
     * Closes the question, as when Space starts the session: a score on the scale that was typed but not yet
     * entered is kept, since typing it was answering.
     *
     * @return the score kept, if any
     */
    OptionalInt close() {
        open = false;
        if (!typed.isEmpty() && Integer.parseInt(typed) <= 10) {
            score = OptionalInt.of(Integer.parseInt(typed));
        }
        return score;
    }

    Reply onKey(KeyStroke key) {
        if (!open) {
            return Reply.NOT_MINE;
        }
        switch (key.getKeyType()) {
            case Character:
                char c = key.getCharacter();
                if (key.isCtrlDown() || key.isAltDown() || c < '0' || c > '9') {
                    return Reply.NOT_MINE;
                }
                if (typed.length() < MAX_DIGITS) {
                    typed += c;
                }
                problem = Optional.empty();
                return Reply.TYPING;
            case Backspace:
                typed = typed.isEmpty() ? typed : typed.substring(0, typed.length() - 1);
                return Reply.TYPING;
            case Enter:
                return enter();
            case Escape:
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
        if (n > 10) {
            problem = Optional.of(n + " is not on the scale: type a score from 0 to 10");
            typed = "";
            return Reply.TYPING;
        }
        open = false;
        score = OptionalInt.of(n);
        return Reply.KEPT;
    }

    /** The question in a box over the page, with {@code answers} saying which keys do what. */
    void draw(Canvas canvas, String answers) {
        Overlay.ask(canvas, "Pain", List.of(QUESTION + "  " + typed + "_"), problem, answers);
    }

    /** "Pain 3 kept". */
    static String kept(int score) {
        return "Pain " + score + " kept";
    }
}
