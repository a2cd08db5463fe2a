package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.hangtime.core.time.FakeTicker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Lanterna's virtual terminal with a screen on it, painted as the app paints, and read back as text. */
final class VirtualScreen {

    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    private final Palette palette;
    private final Glyphs glyphs;
    private final Runner runner;

    VirtualScreen(int columns, int rows, Palette palette, Glyphs glyphs) {
        this.palette = palette;
        this.glyphs = glyphs;
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            runner = new Runner(screen, new Inbox(), new FakeTicker(), 1, palette, glyphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An 80×24 colour terminal with Unicode glyphs. */
    static VirtualScreen standard() {
        return new VirtualScreen(80, 24, Palette.colour(), Glyphs.UNICODE);
    }

    /** Paints {@code page} as the app's loop does, and returns the screen's text. */
    String show(Page page) {
        try {
            runner.paint(page, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text();
    }

    /** Draws straight on the screen, as a painter does, and sends it to the terminal. */
    void draw(java.util.function.Consumer<Canvas> painter) {
        try {
            screen.clear();
            painter.accept(new Canvas(screen.newTextGraphics(), palette, glyphs));
            screen.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }

    /** The screen's lines, trailing spaces cut, joined by newlines. */
    String text() {
        return String.join("\n", lines());
    }

    List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter cell = terminal.getCharacter(col, row);
                line.append(cell.getCharacterString());
                if (cell.isDoubleWidth()) {
                    col++;
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The cell at a place, for its colours and attributes. */
    TextCharacter cell(int col, int row) {
        return terminal.getCharacter(col, row);
    }
}
