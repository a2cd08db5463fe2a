package dev.hangtime.core.time;

/**
 * A source of monotonic time in nanoseconds, the only clock the session engine reads.
 *
 * <p>Readings are only meaningful relative to each other. The wall clock is never used to measure
 * elapsed time: it jumps when the system clock is set, and a timer that follows it drifts or stalls.
 */
@FunctionalInterface
public interface Ticker {

    /** Returns the current reading in nanoseconds. */
    long read();

    /** The system's monotonic clock, {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }

    /**
     * A ticker that runs {@code speed} times faster than {@code base}, counted from the moment this is called;
     * used to preview a routine.
     */
    static Ticker scaled(Ticker base, int speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        long origin = base.read();
        return () -> (base.read() - origin) * speed;
    }
}
