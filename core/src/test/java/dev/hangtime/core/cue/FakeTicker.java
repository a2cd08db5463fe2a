package dev.hangtime.core.cue;

import dev.hangtime.core.time.Ticker;
import java.time.Duration;

/** A ticker that moves only when told to. */
final class FakeTicker implements Ticker {

    static final long ORIGIN = 1_000_000_000_000L;

    private long nanos = ORIGIN;

    @Override
    public long read() {
        return nanos;
    }

    void advance(Duration by) {
        nanos += by.toNanos();
    }

    void set(long reading) {
        if (reading < nanos) {
            throw new IllegalArgumentException("time does not run backwards");
        }
        nanos = reading;
    }
}
