package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.core.notice.Notice;
import java.util.OptionalLong;

/**
 * One screen of the app: the library, a session or the end of one. The loop that shows a page calls it only
 * from its own thread.
 */
interface Page {

    /** Catches up with the clock (cues, the end of a step) and says whether to move on. */
    Turn update();

    /** Paints the page as it is now. */
    void draw(Canvas canvas);

    /**
     * The ticker reading at which what the page shows next changes by itself, or empty when only a key can
     * change it; the loop sleeps until then.
     */
    OptionalLong redrawAt();

    /** Acts on a key. */
    Turn onKey(KeyStroke key);

    /** Ctrl-C: the user stops at once. End whatever runs, so that it is recorded as stopped, and say how to exit. */
    Turn interrupt();

    /**
     * The terminal went away, or the app is being ended: end whatever runs, so that it is recorded as cut off and
     * can be picked up again, and say how to exit. A page where nothing runs leaves as on Ctrl-C.
     */
    default Turn cutOff() {
        return interrupt();
    }

    /**
     * Draws the page in a window smaller than 80×24; by default, says how large it must be. A page where
     * something runs draws what matters of it instead, so that it never runs blind.
     */
    default void drawSmall(Canvas canvas) {
        TooSmallPainter.paint(canvas);
    }

    /** The page has been drawn for the first time: what may take a moment can be done now. */
    default void shown() {
    }

    /** Something the user should know, to be shown at the foot of the page. */
    default void notice(Notice notice) {
    }
}
