package dev.hangtime.core.session;

/**
 * Receives a session's events, synchronously, on the thread that called the {@link Session} method that
 * caused them, in the order they happened.
 */
@FunctionalInterface
public interface SessionListener {

    void on(SessionEvent event);
}
