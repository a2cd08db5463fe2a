package dev.hangtime.core.text;

import java.time.Duration;

/** How times read for people: {@code 4:05} under an hour, {@code 1:04:05} from an hour on. */
public final class DurationText {

    public static final long SECOND = 1_000_000_000L;

    private DurationText() {
    }

    /** {@code seconds} as a clock reading. */
    public static String of(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** A length or the time that has passed, in whole seconds rounded down: a second counts once it is over. */
    public static String of(Duration d) {
        return of(d.getSeconds());
    }

    /**
     * Time that is left, in whole seconds rounded up, so that a countdown shows 0:01 in its last second and
     * reaches 0:00 only at the end.
     */
    public static String remaining(Duration d) {
        return of(ceilSeconds(d));
    }

    /** Always with hours, as the plain output's time stamps: "0:01:10". Rounds down. */
    public static String stamp(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    public static long ceilSeconds(Duration d) {
        long nanos = Math.max(0, d.toNanos());
        return (nanos + SECOND - 1) / SECOND;
    }

    /**
     * How long until a countdown showing {@code remaining} changes what it shows. Elapsed times shown rounded
     * down change at the same moments, since segment lengths are whole seconds.
     */
    public static long nanosUntilNextSecond(Duration remaining) {
        long rest = remaining.toNanos() % SECOND;
        return rest == 0 ? SECOND : rest;
    }
}
