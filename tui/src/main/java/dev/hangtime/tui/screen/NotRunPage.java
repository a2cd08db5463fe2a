package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.text.Wrap;
import java.util.List;
import java.util.function.Supplier;

/**
 * Why a session does not run, and what to do instead: a routine that is all inversion, for someone to whom
 * something on the safety list applies. Enter, Esc or q go on.
 */
final class NotRunPage extends StillPage {

    private final String title;
    private final List<String> paragraphs;
    private final String onward;
    private final Supplier<Turn> then;

    /**
     * @param onward what the keys that leave do, such as "back to the library"
     * @param then where they go
     */
    NotRunPage(String title, List<String> paragraphs, String onward, Supplier<Turn> then) {
        this.title = title;
        this.paragraphs = List.copyOf(paragraphs);
        this.onward = onward;
        this.then = then;
    }

    @Override
    void paint(Canvas canvas) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        canvas.text(1, 0, title, p.strong());
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        int row = 3;
        for (String paragraph : paragraphs) {
            for (String line : Wrap.lines(paragraph, Math.min(w - 4, 76), h)) {
                canvas.text(2, row++, line, p.plain());
            }
            row++;
        }
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        new KeyHelp().add("Enter", onward).draw(canvas, h - 1);
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        KeyType type = key.getKeyType();
        boolean q = typed(key).filter(c -> c == 'q').isPresent();
        return type == KeyType.Enter || type == KeyType.Escape || q ? then.get() : Turn.stay();
    }
}
