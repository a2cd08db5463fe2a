package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.core.notice.Notice;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What wakes the app's loop: keys from the input thread, a resized window, a cue that could not be heard, a
 * notice from a session's sound or journal. The loop sleeps on it until something arrives or its next redraw is
 * due, so that it wakes only when there is something to do.
 */
final class Inbox {

    /** Something that came. */
    sealed interface Item permits Pressed, Signal, Told {
    }

    /** A key from the terminal. */
    record Pressed(KeyStroke key) implements Item {
    }

    /** Something to tell the user, from a session's sound or journal. */
    record Told(Notice notice) implements Item {
    }

    /** Things that are neither; {@code WAKE}: something a page waits for has come, such as a search's result. */
    enum Signal implements Item { RESIZED, FLASH, WAKE }

    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();

    /** Adds an item; any thread may call it. */
    void post(Item item) {
        queue.add(item);
    }

    /** Adds a key; any thread may call it. */
    void post(KeyStroke key) {
        queue.add(new Pressed(key));
    }

    /**
     * The next item, waiting at most {@code nanos}; forever when {@code nanos} is negative.
     *
     * @return the item, or null when the time ran out
     */
    Item next(long nanos) throws InterruptedException {
        if (nanos < 0) {
            return queue.take();
        }
        return nanos == 0 ? queue.poll() : queue.poll(nanos, TimeUnit.NANOSECONDS);
    }
}
