package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with two changes: Ctrl-C arrives as a key, and the size query that follows a
 * resize reaches the terminal at once instead of waiting in the frame buffer for the next frame, which would
 * delay redrawing a resized window by up to a second.
 */
final class TtyTerminal extends UnixTerminal {

    private final FrameOutput output;

    TtyTerminal(TtyInput input, FrameOutput output, Charset charset) throws IOException {
        super(input, output, charset, CtrlCBehaviour.TRAP);
        this.output = output;
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
