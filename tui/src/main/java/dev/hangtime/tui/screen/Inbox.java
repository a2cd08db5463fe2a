package dev.hangtime.tui.screen;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What wakes the app's loop: keys from the input thread, a resized window, a cue that could not be heard.
 * The loop sleeps on it until something arrives or its next redraw is due, so that it wakes only when there
 * is something to do.
 */
final class Inbox {

    /** Things that are not keys; {@code WAKE}: something a page waits for has come, such as a search's result. */
    enum Signal { RESIZED, FLASH, WAKE }

    /** A line to show at the foot of the screen, from a session's sound or journal. */
    record Notice(String line) {
    }

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    /** Adds a key or a {@link Signal}; any thread may call it. */
    void post(Object item) {
        queue.add(item);
    }

    /**
     * The next item, waiting at most {@code nanos}; forever when {@code nanos} is negative.
     *
     * @return the item, or null when the time ran out
     */
    Object next(long nanos) throws InterruptedException {
        if (nanos < 0) {
            return queue.take();
        }
        return nanos == 0 ? queue.poll() : queue.poll(nanos, TimeUnit.NANOSECONDS);
    }
}
