package dev.hangtime.tui.screen;

import java.time.Duration;

/** How times read on screen: {@code 4:05} under an hour, {@code 1:04:05} from an hour on. */
final class Clock {

    static final long SECOND = 1_000_000_000L;

    private Clock() {
    }

    /** {@code seconds} as a clock reading. */
    static String of(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** Time that has passed, in whole seconds rounded down: a second counts once it is over. */
    static String elapsed(Duration d) {
        return of(d.getSeconds());
    }

    /**
     * Time that is left, in whole seconds rounded up, so that a countdown shows 0:01 in its last second and
     * reaches 0:00 only at the end.
     */
    static String remaining(Duration d) {
        return of(ceilSeconds(d));
    }

    static long ceilSeconds(Duration d) {
        long nanos = d.toNanos();
        return (nanos + SECOND - 1) / SECOND;
    }

    /**
     * How long until a countdown showing {@code remaining} changes what it shows. Elapsed times shown rounded
     * down change at the same moments, since segment lengths are whole seconds.
     */
    static long nanosUntilNextSecond(Duration remaining) {
        long rest = remaining.toNanos() % SECOND;
        return rest == 0 ? SECOND : rest;
    }
}
