package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The end of a session: how it went, until the user moves on. */
final class EndPage implements Page {

    private final EndView view;
    private final Supplier<Turn> onward;
    private final int status;

    /**
     * @param onward where Enter, q or Esc go: out with the session's status, or back to the library
     * @param status the session's exit status
     */
    EndPage(EndView view, Supplier<Turn> onward, int status) {
        this.view = view;
        this.onward = onward;
        this.status = status;
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
        EndPainter.paint(canvas, view);
    }

    @Override
    public OptionalLong redrawAt() {
        return OptionalLong.empty();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        Command command = Command.of(key);
        return command == Command.DONE || command == Command.STOP || command == Command.TOGGLE
                ? onward.get() : Turn.stay();
    }

    /** The session is over and recorded already: Ctrl-C here leaves, with the session's own status. */
    @Override
    public Turn interrupt() {
        return Turn.exit(status);
    }
}
