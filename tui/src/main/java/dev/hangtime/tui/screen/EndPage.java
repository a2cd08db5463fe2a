package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.core.control.EndSummary;
import dev.hangtime.core.control.SessionController;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The end of a session: how it went, until the user moves on. A session that is kept asks first for the pain
 * score after it; the keys that move on work while it asks, and leaving passes the question over.
 */
final class EndPage implements Page {

    private final SessionController controller;
    private final Afterwards afterwards;

    /** @param afterwards where Enter, q or Esc go: out with the session's status, or back to the library */
    EndPage(SessionController controller, Afterwards afterwards) {
        this.controller = controller;
        this.afterwards = afterwards;
    }

    EndSummary summary() {
        return controller.end().orElseThrow();
    }

    @Override
    public Turn update() {
        return Turn.stay();
    }

    @Override
    public void draw(Canvas canvas) {
        boolean asking = controller.painAfter().isPresent();
        EndPainter.paint(canvas, summary(), controller.painAfterLine().map(List::of).orElse(List.of()),
                new KeyHelp().add(asking ? "Space" : "Enter", afterwards.label()));
        controller.painAfter().ifPresent(question -> PainBox.draw(canvas, question,
                "0–10 and Enter keep it   Enter or Esc skip"));
        controller.redFlag().ifPresent(flag -> TextBox.draw(canvas, "Pain: a red flag", flag,
                "Any key closes this.", 0));
    }

    /** How it went, a line each as far as they fit, and the key that leaves. */
    @Override
    public void drawSmall(Canvas canvas) {
        List<String> lines = new ArrayList<>();
        lines.add(summary().completed() ? "Session complete. Well done." : "Session stopped.");
        lines.addAll(summary().lines());
        controller.painAfter().ifPresent(q -> lines.add("Pain now, 0–10? " + q.typed()));
        lines.add((controller.painAfter().isPresent() ? "Space " : "Enter ") + afterwards.label());
        // Too few rows for them all: the first ones, and always the key that leaves.
        while (lines.size() > Math.max(1, canvas.height())) {
            lines.remove(lines.size() - 2 >= 0 && lines.size() > 1 ? lines.size() - 2 : 0);
        }
        int top = Math.max(0, (canvas.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(1, top + i, lines.get(i), canvas.width() - 2, i == 0 ? canvas.palette().strong()
                    : canvas.palette().plain());
        }
    }

    @Override
    public OptionalLong redrawAt() {
        return OptionalLong.empty();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        Optional<Integer> status = controller.onKey(LanternaKeys.of(key)).map(outcome -> outcome.exitStatus());
        return status.isPresent() ? afterwards.then().apply(status.get()) : Turn.stay();
    }

    /** The session is over and recorded already: Ctrl-C here leaves, with the session's own status. */
    @Override
    public Turn interrupt() {
        return Turn.exit(controller.interrupt().exitStatus());
    }
}
