package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.control.ExitStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A page where nothing runs: the library, the history, the offer to pick a session up. It changes only on a key,
 * or when something it waits for wakes the loop, so it asks for no redraw of its own; Ctrl-C leaves the app at
 * once, there being nothing to stop and record. A page with help opens it on {@code ?}, draws it over itself,
 * and lets the next key only close it.
 */
abstract class StillPage implements Page {

    private final Optional<HelpBox> help;

    /** A page without help. */
    StillPage() {
        this.help = Optional.empty();
    }

    /** A page whose {@code ?} shows {@code helpRows}, as {@link Overlay#keys} lays them out. */
    StillPage(Function<Glyphs, List<String[]>> helpRows) {
        this.help = Optional.of(new HelpBox(helpRows));
    }

    /** Paints the page itself; its help, when open, is drawn over it. */
    abstract void paint(Canvas canvas);

    /** Acts on a key that is neither Ctrl-C nor one for the help. */
    abstract Turn onPageKey(KeyStroke key);

    @Override
    public final Turn update() {
        return Turn.stay();
    }

    @Override
    public final void draw(Canvas canvas) {
        paint(canvas);
        help.ifPresent(box -> box.drawOver(canvas));
    }

    @Override
    public final OptionalLong redrawAt() {
        return OptionalLong.empty();
    }

    @Override
    public final Turn onKey(KeyStroke key) {
        if (LanternaKeys.isInterrupt(key)) {
            return interrupt();
        }
        if (help.isPresent()) {
            if (help.get().closesOn()) {
                return Turn.stay();
            }
            if (typed(key).filter(c -> c == '?').isPresent()) {
                help.get().open();
                return Turn.stay();
            }
        }
        return onPageKey(key);
    }

    /** Nothing runs: Ctrl-C leaves at once. */
    @Override
    public Turn interrupt() {
        return Turn.exit(ExitStatus.INTERRUPTED);
    }

    /** The character {@code key} types, if it is one typed without Ctrl or Alt. */
    static Optional<Character> typed(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return Optional.empty();
        }
        return Optional.of(key.getCharacter());
    }
}
