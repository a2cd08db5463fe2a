package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StreamClockTest {

    private static final long MS = 1_000_000;
    private static final long T0 = 5_000 * MS;

    @Test
    void firstWrite_isHeardTheStartLatencyLater() {
        StreamClock clock = new StreamClock(2 * MS);

        clock.beforeWrite(T0);

        assertEquals(T0 + 2 * MS, clock.heardAt(0));
    }

    @Test
    void frames_areHeardAtTheSampleRateFromTheAnchor() {
        StreamClock clock = new StreamClock(0);
        clock.beforeWrite(T0);

        clock.wrote(44_100);

        assertEquals(T0 + 1_000 * MS, clock.heardAt(44_100));
        assertEquals(T0 + 10 * MS, clock.heardAt(441));
        assertEquals(441, clock.frameAt(T0 + 10 * MS));
    }

    @Test
    void writingWhileSoundIsQueued_keepsTheStretch() {
        StreamClock clock = new StreamClock(MS);
        clock.beforeWrite(T0);
        clock.wrote(4_410);

        clock.beforeWrite(T0 + 50 * MS);

        assertEquals(T0 + MS + 100 * MS, clock.heardAt(4_410));
    }

    @Test
    void writingAfterTheOutputRanDry_startsANewStretch() {
        StreamClock clock = new StreamClock(MS);
        clock.beforeWrite(T0);
        clock.wrote(4_410);

        clock.beforeWrite(T0 + 500 * MS);

        assertEquals(T0 + 501 * MS, clock.heardAt(4_410));
        assertEquals(4_410 + 441, clock.frameAt(T0 + 511 * MS));
    }

    @Test
    void anchored_onlyOnceWritingBegan() {
        StreamClock clock = new StreamClock(0);
        boolean before = clock.anchored();

        clock.beforeWrite(T0);

        assertEquals(java.util.List.of(false, true), java.util.List.of(before, clock.anchored()));
    }

    @Test
    void drainedAt_isWhenTheLastFrameWrittenIsHeard() {
        StreamClock clock = new StreamClock(0);
        clock.beforeWrite(T0);

        clock.wrote(2_205);

        assertEquals(T0 + 50 * MS, clock.drainedAt());
    }
}
