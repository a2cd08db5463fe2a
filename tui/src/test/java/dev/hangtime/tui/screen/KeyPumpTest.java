package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class KeyPumpTest {

    private static final long WAIT = 5_000_000_000L;

    private final Inbox inbox = new Inbox();

    @Test
    void keys_arriveInTheInboxInOrder() throws InterruptedException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        KeyPump.start(terminal, inbox);

        terminal.addInput(Keys.SPACE);
        terminal.addInput(Keys.ch('q'));

        assertEquals(List.of(new Inbox.Pressed(Keys.SPACE), new Inbox.Pressed(Keys.ch('q'))),
                List.of(inbox.next(WAIT), inbox.next(WAIT)));
    }

    @Test
    void endOfInput_isPassedOnAndEndsThePump() throws InterruptedException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        KeyPump pump = new KeyPump(terminal, inbox);
        terminal.addInput(Keys.EOF);

        pump.run();

        assertEquals(new Inbox.Pressed(Keys.EOF), inbox.next(0));
    }

    @Test
    void brokenInput_isTakenForALostTerminal() throws InterruptedException {
        KeyPump pump = new KeyPump(new BrokenTerminal(), inbox);

        pump.run();

        assertEquals(new Inbox.Pressed(Keys.EOF), inbox.next(0));
    }

    @Test
    void brokenInput_whileClosing_isQuiet() throws InterruptedException {
        KeyPump pump = new KeyPump(new BrokenTerminal(), inbox);
        pump.closing();

        pump.run();

        assertEquals(null, inbox.next(0));
    }

    /** A terminal whose input fails, as a closed /dev/tty does. */
    private static final class BrokenTerminal extends DefaultVirtualTerminal {
        private final List<KeyStroke> unused = new ArrayList<>();

        @Override
        public synchronized KeyStroke readInput() {
            throw new java.io.UncheckedIOException(new IOException("closed " + unused.size()));
        }
    }
}
