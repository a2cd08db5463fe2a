package dev.hangtime.tui.screen;

import dev.hangtime.core.time.Ticker;
import java.time.Duration;

/** A ticker that moves only when told to. */
final class FakeTicker implements Ticker {

    private long nanos = 1_000_000_000_000L;

    @Override
    public long read() {
        return nanos;
    }

    void advance(Duration by) {
        nanos += by.toNanos();
    }

    void advanceSeconds(double seconds) {
        nanos += Math.round(seconds * 1e9);
    }
}
