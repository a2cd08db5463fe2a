package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with three changes: Ctrl-C arrives as a key; the size query that follows a resize
 * reaches the terminal at once instead of waiting in the frame buffer for the next frame, which would delay
 * redrawing a resized window by up to a second; and one process saves the terminal's settings and sets raw
 * mode, where Lanterna starts five (each costs the start-up a few milliseconds).
 */
final class TtyTerminal extends UnixTerminal {

    private final FrameOutput output;
    private String saved;

    TtyTerminal(TtyInput input, FrameOutput output, Charset charset) throws IOException {
        super(input, output, charset, CtrlCBehaviour.TRAP);
        this.output = output;
    }

    /** Lanterna calls this first when it takes the terminal; raw mode comes with it, so the calls after do nothing. */
    @Override
    protected void saveTerminalSettings() throws IOException {
        saved = exec("/bin/sh", "-c", "stty -g && stty -icanon min 1 -echo intr undef").trim();
    }

    /** Puts back every setting saved, the interrupt key and echo among them. */
    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && !saved.isEmpty()) {
            runSTTYCommand(saved);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            super.canonicalMode(true);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            super.keyEchoEnabled(true);
        }
    }

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
