package dev.hangtime.tui.screen;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the library's Today section lists. It reads the journal, which the first screen must not wait for: the
 * app reads it first on the thread that searches for a session to resume, once the library is on screen, and
 * again on a thread of its own each time a session comes back to the library.
 */
final class TodaySection {

    /** A section with nothing to list, for a library without plans. */
    static final TodaySection NONE = new TodaySection(List::of, Runnable::run, () -> { });

    private final Supplier<List<TodayItem>> source;
    private final Executor executor;
    private final Runnable wake;
    private volatile List<TodayItem> items = List.of();

    /**
     * @param source finds today's sessions; it must print nothing
     * @param executor where it runs
     * @param wake tells the app's loop that the list has changed
     */
    TodaySection(Supplier<List<TodayItem>> source, Executor executor, Runnable wake) {
        this.source = source;
        this.executor = executor;
        this.wake = wake;
    }

    /** Reads the list on the calling thread, and wakes the app's loop to show it. */
    void load() {
        try {
            items = List.copyOf(source.get());
        } catch (RuntimeException | Error e) {
            // Today is a convenience: a journal that cannot be read must not keep the library from working, nor
            // print over it. `hangtime today` says what is wrong.
            items = List.of();
        }
        wake.run();
    }

    /** Reads the list again on a thread of its own, as after a session that may have done one of its sessions. */
    void refresh() {
        executor.execute(this::load);
    }

    /** The sessions as last read; none until the first read is over. */
    List<TodayItem> items() {
        return items;
    }
}
