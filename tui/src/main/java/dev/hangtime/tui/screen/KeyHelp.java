package dev.hangtime.tui.screen;

import java.util.ArrayList;
import java.util.List;

/** The one-line key help at the foot of a screen: each key in bold, then what it does. */
final class KeyHelp {

    private final List<String[]> items = new ArrayList<>();

    KeyHelp add(String key, String action) {
        items.add(new String[] {key, action});
        return this;
    }

    /** Draws as many items as fit on {@code row}, in order. */
    void draw(Canvas canvas, int row) {
        int col = 1;
        for (String[] item : items) {
            int need = item[0].length() + 1 + item[1].length();
            if (col + need > canvas.width() - 1) {
                return;
            }
            col = canvas.text(col, row, item[0], canvas.palette().strong());
            col = canvas.text(col + 1, row, item[1], canvas.palette().plain()) + 3;
        }
    }
}
