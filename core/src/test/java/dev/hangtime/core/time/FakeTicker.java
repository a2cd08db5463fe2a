package dev.hangtime.core.time;

import java.time.Duration;

/** A ticker that moves only when told to; shared with the other modules' tests through core's test jar. */
public final class FakeTicker implements Ticker {

    /** The first reading: far from zero, so that nothing can mistake a reading for a duration. */
    public static final long ORIGIN = 1_000_000_000_000L;

    private long nanos = ORIGIN;

    @Override
    public long read() {
        return nanos;
    }

    public void advance(Duration by) {
        nanos += by.toNanos();
    }

    public void set(long reading) {
        if (reading < nanos) {
            throw new IllegalArgumentException("time does not run backwards");
        }
        nanos = reading;
    }
}
