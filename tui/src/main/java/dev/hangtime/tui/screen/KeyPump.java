package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Reads keys on a thread of its own and posts them to the loop's inbox. It blocks on the terminal rather than
 * polling it, so that a session costs no wake-ups while nobody types; the loop still redraws a resize at once,
 * because the resize arrives in the inbox too.
 */
final class KeyPump implements Runnable {

    private final Terminal terminal;
    private final Inbox inbox;
    private volatile boolean closing;

    KeyPump(Terminal terminal, Inbox inbox) {
        this.terminal = terminal;
        this.inbox = inbox;
    }

    /** Starts the pump on a daemon thread, which cannot keep the program alive. */
    static KeyPump start(Terminal terminal, Inbox inbox) {
        KeyPump pump = new KeyPump(terminal, inbox);
        Thread thread = new Thread(pump, "hangtime-keys");
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    /** Says that the input is about to be closed, so that the read it breaks is not taken for a lost terminal. */
    void closing() {
        closing = true;
    }

    @Override
    public void run() {
        try {
            while (true) {
                KeyStroke key = terminal.readInput();
                if (key == null) {
                    continue;
                }
                inbox.post(key);
                if (key.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                inbox.post(new KeyStroke(KeyType.EOF));
            }
        }
    }
}
