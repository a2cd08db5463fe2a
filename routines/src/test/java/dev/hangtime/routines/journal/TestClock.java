package dev.hangtime.routines.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A wall clock that moves only when told to, in a zone that can change, as when travelling. */
final class TestClock extends Clock {

    private Instant now;
    private ZoneId zone;

    TestClock(String instant, String zone) {
        this.now = Instant.parse(instant);
        this.zone = ZoneId.of(zone);
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    void set(String instant) {
        now = Instant.parse(instant);
    }

    void moveTo(String newZone) {
        zone = ZoneId.of(newZone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock copy = new TestClock(now.toString(), other.getId());
        return copy;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
