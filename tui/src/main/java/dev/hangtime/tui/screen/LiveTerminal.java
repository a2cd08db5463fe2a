package dev.hangtime.tui.screen;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The real terminal, taken over for the full-screen app and given back as it was: in raw mode on the
 * alternate screen while open; normal mode, the normal screen and a visible cursor again after
 * {@link #close()}, and after the JVM is told to end (SIGINT, SIGTERM) through Lanterna's shutdown hook.
 */
final class LiveTerminal implements AutoCloseable {

    private final TtyInput input;
    private final TtyTerminal terminal;
    private final TerminalScreen screen;
    private final KeyPump pump;
    private final Charset charset;

    private LiveTerminal(TtyInput input, TtyTerminal terminal, TerminalScreen screen, KeyPump pump,
            Charset charset) {
        this.input = input;
        this.terminal = terminal;
        this.screen = screen;
        this.pump = pump;
        this.charset = charset;
    }

    /**
     * Takes over the controlling terminal. Ctrl-C arrives as a key (the loop stops the session and leaves with
     * status 130), so that the session is recorded before the app ends.
     */
    static LiveTerminal open(Inbox inbox) throws IOException {
        Charset charset = localeCharset();
        TtyInput input = TtyInput.open();
        TtyTerminal terminal = null;
        try {
            terminal = new TtyTerminal(input, FrameOutput.standardOutput(), charset);
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
            terminal.addResizeListener((t, size) -> inbox.post(Inbox.Signal.RESIZED));
            KeyPump pump = KeyPump.start(terminal, inbox);
            return new LiveTerminal(input, terminal, screen, pump, charset);
        } catch (IOException | RuntimeException e) {
            if (terminal != null) {
                terminal.close();
            }
            input.close();
            throw e;
        }
    }

    TerminalScreen screen() {
        return screen;
    }

    Charset charset() {
        return charset;
    }

    /** Gives the terminal back: leaves the alternate screen, shows the cursor, restores the terminal's modes. */
    @Override
    public void close() throws IOException {
        try {
            screen.stopScreen(false);
        } finally {
            try {
                terminal.close();
            } finally {
                pump.closing();
                input.close();
            }
        }
    }

    /** The terminal's character set, as the locale gives it; UTF-8 as Lanterna's own constant, which it checks. */
    private static Charset localeCharset() {
        Charset fromConsole = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return fromConsole.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : fromConsole;
    }
}
