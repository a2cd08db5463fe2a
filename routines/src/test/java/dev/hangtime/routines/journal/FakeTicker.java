package dev.hangtime.routines.journal;

import dev.hangtime.core.time.Ticker;
import java.time.Duration;

/** A monotonic ticker that moves only when told to. */
final class FakeTicker implements Ticker {

    private long nanos = 5_000_000_000L;

    @Override
    public long read() {
        return nanos;
    }

    void advance(Duration by) {
        nanos += by.toNanos();
    }
}
