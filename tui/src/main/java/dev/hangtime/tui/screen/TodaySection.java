package dev.hangtime.tui.screen;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the library's Today section lists, read on a thread of its own (it reads the journal, which the first
 * screen must not wait for) when the library is first drawn and each time a session comes back to it.
 */
final class TodaySection {

    /** A section with nothing to list, for a library without plans. */
    static final TodaySection NONE = new TodaySection(List::of, Runnable::run, () -> { });

    private final Supplier<List<TodayItem>> source;
    private final Executor executor;
    private final Runnable wake;
    private volatile List<TodayItem> items = List.of();
    private boolean started;

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

    /** Reads the list once, the first time it is called; on the loop's thread. */
    void start() {
        if (!started) {
            started = true;
            refresh();
        }
    }

    /** Reads the list again, as after a session that may have done one of its sessions. */
    void refresh() {
        executor.execute(() -> {
            try {
                items = List.copyOf(source.get());
            } catch (RuntimeException | Error e) {
                // Today is a convenience: a journal that cannot be read must not keep the library from working,
                // nor print over it. `hangtime today` says what is wrong.
                items = List.of();
            }
            wake.run();
        });
    }

    /** The sessions as last read; none until the first read is over. */
    List<TodayItem> items() {
        return items;
    }
}
