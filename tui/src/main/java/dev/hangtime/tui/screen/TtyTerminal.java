package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with three changes: Ctrl-C arrives as a key; the size query that follows a resize
 * reaches the terminal at once instead of waiting in the frame buffer for the next frame, which would delay
 * redrawing a resized window by up to a second; and the terminal is put in raw mode by one {@code stty}
 * process instead of four, which takes about 10 ms off the start.
 */
final class TtyTerminal extends UnixTerminal {

    private final FrameOutput output;

    TtyTerminal(TtyInput input, FrameOutput output, Charset charset) throws IOException {
        super(input, output, charset, CtrlCBehaviour.TRAP);
        this.output = output;
    }

    /**
     * Lanterna calls this first when it takes the terminal, then turns echo and the interrupt key off one
     * process at a time; this does all three. The terminal's own settings, saved before, come back whole.
     */
    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            super.canonicalMode(true);
        } else {
            runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            super.keyEchoEnabled(true);
        }
    }

    /** Turned off with raw mode; turned back on by restoring the saved settings, which hold it. */
    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        // The answer comes back through the keyboard input, read by the key pump thread.
        output.immediate(true);
        try {
            return super.findTerminalSize();
        } finally {
            output.immediate(false);
        }
    }
}
