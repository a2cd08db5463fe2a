package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The end of a session: how it went, until the user moves on. A session that is kept asks first for the pain
 * score after it; the keys that move on work while it asks, and leaving passes the question over.
 */
final class EndPage implements Page {

    private final EndView view;
    private final Supplier<Turn> onward;
    private final int status;
    private final Optional<PainScores> pain;
    private final Optional<PainQuestion> question;
    private Optional<String> painLine = Optional.empty();

    /**
     * @param onward where Enter, q or Esc go: out with the session's status, or back to the library
     * @param status the session's exit status
     * @param pain where the score after the session is kept; empty when the session is not kept, and then
     *     nothing is asked
     */
    EndPage(EndView view, Supplier<Turn> onward, int status, Optional<PainScores> pain) {
        this.view = view;
        this.onward = onward;
        this.status = status;
        this.pain = pain;
        this.question = pain.map(p -> new PainQuestion());
    }

    EndView view() {
        return view;
    }

    @Override
    public Turn update() {
        return Turn.stay();
    }

    @Override
    public void draw(Canvas canvas) {
        boolean asking = asking();
        EndPainter.paint(canvas, view, painLine.map(List::of).orElse(List.of()),
                new KeyHelp().add(asking ? "Space" : "Enter", view.afterwards()));
        if (asking) {
            question.get().draw(canvas, "0–10 and Enter keep it   Enter or Esc skip");
        }
    }

    @Override
    public OptionalLong redrawAt() {
        return OptionalLong.empty();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        if (asking()) {
            PainQuestion.Reply reply = question.get().onKey(key);
            if (reply == PainQuestion.Reply.KEPT) {
                int score = question.get().score().getAsInt();
                painLine = Optional.of(pain.get().after(score) ? PainQuestion.kept(score)
                        : "Pain " + score + " could not be kept: the journal cannot be written");
            }
            if (reply != PainQuestion.Reply.NOT_MINE) {
                return Turn.stay();
            }
        }
        Command command = Command.of(key);
        return command == Command.DONE || command == Command.STOP || command == Command.TOGGLE
                ? onward.get() : Turn.stay();
    }

    private boolean asking() {
        return question.map(PainQuestion::isOpen).orElse(false);
    }

    /** The session is over and recorded already: Ctrl-C here leaves, with the session's own status. */
    @Override
    public Turn interrupt() {
        return Turn.exit(status);
    }
}
