package dev.hangtime.tui.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app must let go of before it returns, such as a session's sound device: each once, when its
 * session is over, or all together on the way out, whichever comes first.
 */
final class Releases {

    private final List<Runnable> pending = new ArrayList<>();

    /** Keeps {@code release}, and returns it made safe to call more than once. */
    Runnable track(Runnable release) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    pending.remove(this);
                    release.run();
                }
            }
        };
        pending.add(once);
        return once;
    }

    /** Lets go of everything still held, even when one of them fails. */
    void releaseAll() {
        RuntimeException first = null;
        for (Runnable release : new ArrayList<>(pending)) {
            try {
                release.run();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
