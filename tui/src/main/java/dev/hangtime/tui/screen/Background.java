package dev.hangtime.tui.screen;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work a page must not make the app's loop wait for, such as reading the journal: it runs on {@code executor},
 * and {@code wake} tells the loop, through its inbox, that the result is there to be drawn.
 *
 * @param executor where the work runs; the app's runs each task on a daemon thread, a test's where it likes
 * @param wake wakes the app's loop; called from the executor's thread
 */
record Background(Executor executor, Runnable wake) {

    /**
     * Starts {@code work}. The future holds its result once it is done, and the loop is woken then; {@code work}
     * words its own failures into its result, since nobody waits on the future to hear of them.
     */
    <T> CompletableFuture<T> start(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.get());
            } finally {
                wake.run();
            }
        });
        return result;
    }
}
