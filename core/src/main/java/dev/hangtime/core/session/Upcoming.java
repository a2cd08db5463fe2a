package dev.hangtime.core.session;

/**
 * An event a running session will emit if nobody touches it, and when.
 *
 * <p>Front ends use these to prepare for what is known ahead, such as starting a sound early by the
 * output's latency so that it is heard at its moment.
 *
 * @param due the ticker reading at which the event is due
 * @param event the event as it is expected; its {@code at} is the ideal moment, which the emitted event's
 *     may follow by as much as the front end's loop wakes late
 */
public record Upcoming(long due, SessionEvent event) {
}
