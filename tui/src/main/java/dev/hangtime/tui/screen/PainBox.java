package dev.hangtime.tui.screen;

import dev.hangtime.core.control.PainQuestion;
import dev.hangtime.core.control.PainScale;
import java.util.List;

/** Draws the shared pain question in a box over the page. */
final class PainBox {

    private PainBox() {
    }

    /** @param answers which keys do what */
    static void draw(Canvas canvas, PainQuestion question, String answers) {
        Overlay.ask(canvas, "Pain", List.of(PainScale.QUESTION + "  " + question.typed() + "_"), question.problem(),
                answers);
    }
}
