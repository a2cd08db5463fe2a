package dev.hangtime.tui.screen;

/** A progress bar: the done part full, the rest light, so that it reads without colour too. */
final class Bar {

    private Bar() {
    }

    /** Draws a bar {@code width} cells wide, {@code fraction} (0–1) of it done. */
    static void draw(Canvas canvas, int col, int row, int width, double fraction, Style done, Style todo) {
        int full = filled(width, fraction);
        canvas.fill(col, row, full, 1, canvas.glyphs().full(), done);
        canvas.fill(col + full, row, width - full, 1, canvas.glyphs().empty(), todo);
    }

    /** Cells to fill: rounded down, so that a bar is full only when the thing is done. */
    static int filled(int width, double fraction) {
        double clamped = Math.max(0.0, Math.min(1.0, fraction));
        return (int) Math.floor(clamped * width + 1e-9);
    }
}
