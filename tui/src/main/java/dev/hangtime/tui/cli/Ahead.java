package dev.hangtime.tui.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value worked out on a thread of its own while the caller does something else, such as reading the routines
 * while the terminal is taken over. The thread is a daemon: a value nobody asks for does not keep the program
 * running.
 */
final class Ahead<T> implements Supplier<T> {

    private final FutureTask<T> task;

    private Ahead(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts working out {@code value} on a new thread called {@code name}. */
    static <T> Ahead<T> start(String name, Supplier<T> value) {
        FutureTask<T> task = new FutureTask<>(value::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Ahead<>(task);
    }

    /** The value, once it is ready; what went wrong working it out is thrown here, as it was thrown there. */
    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The value is moments away and the caller cannot go on without it: wait, then pass it on.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
