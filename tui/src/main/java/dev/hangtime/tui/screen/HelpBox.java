package dev.hangtime.tui.screen;

import java.util.List;
import java.util.function.Function;

/** A page's key help: a box over the page, open until the next key, which it takes. */
final class HelpBox {

    private final Function<Glyphs, List<String[]>> rows;
    private boolean open;

    /** @param rows the keys and what they do, in the glyphs the terminal can show */
    HelpBox(Function<Glyphs, List<String[]>> rows) {
        this.rows = rows;
    }

    void open() {
        open = true;
    }

    /** Closes the box if it is open: whether it was, in which case the key that closed it does nothing else. */
    boolean closesOn() {
        boolean was = open;
        open = false;
        return was;
    }

    /** Draws the box over what the page drew, if it is open. */
    void drawOver(Canvas canvas) {
        if (open) {
            Overlay.keys(canvas, "Keys", rows.apply(canvas.glyphs()), HelpText.FOOT);
        }
    }
}
