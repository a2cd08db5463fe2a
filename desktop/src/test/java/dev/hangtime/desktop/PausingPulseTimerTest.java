package dev.hangtime.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer's own thread, driven as JavaFX's {@code Timer} drives it: start, pause, resume, stop. */
class PausingPulseTimerTest {

    private final AtomicInteger ticks = new AtomicInteger();
    private final Semaphore ticked = new Semaphore(0);
    private final Runnable tick = () -> {
        ticks.incrementAndGet();
        ticked.release();
    };
    private final PausingPulseTimer timer = new PausingPulseTimer(tick);
    private long handle;

    @AfterEach
    void stop() {
        timer._stop(handle);
    }

    /** The timer's thread: the handle {@code _start} gives is its id. */
    private Thread ticking() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getId() == handle).findFirst().orElseThrow();
    }

    @Test
    void ticksAtItsPeriodUntilPaused() throws InterruptedException {
        handle = timer._start(tick, 10);
        assertTrue(ticked.tryAcquire(5, 30, TimeUnit.SECONDS), "five ticks at 10 ms");

        timer._pause(handle);
        Thread.sleep(100); // a tick already under way ends
        int paused = ticks.get();
        Thread.sleep(300);

        assertEquals(paused, ticks.get(), "no tick while paused");
    }

    @Test
    void aResumeTicksAtOnceRatherThanAtTheNextBeat() throws InterruptedException {
        handle = timer._start(tick, 60_000);
        assertTrue(ticked.tryAcquire(1, 30, TimeUnit.SECONDS), "the first tick comes at the start");
        timer._pause(handle);

        timer._resume(handle);

        assertTrue(ticked.tryAcquire(1, 30, TimeUnit.SECONDS), "a tick long before the minute's beat");
        assertEquals(2, ticks.get());
    }

    @Test
    void aResumeWithoutAPauseChangesNothing() throws InterruptedException {
        handle = timer._start(tick, 60_000);
        assertTrue(ticked.tryAcquire(1, 30, TimeUnit.SECONDS));

        timer._resume(handle);
        Thread.sleep(300);

        assertEquals(1, ticks.get(), "the next tick waits for its beat");
    }

    @Test
    void stoppedItsThreadEnds() throws InterruptedException {
        handle = timer._start(tick, 10);
        assertTrue(ticked.tryAcquire(1, 30, TimeUnit.SECONDS));
        Thread thread = ticking();

        timer._stop(handle);
        thread.join(TimeUnit.SECONDS.toMillis(30));

        assertFalse(thread.isAlive());
        int stopped = ticks.get();
        Thread.sleep(100);
        assertEquals(stopped, ticks.get());
    }

    @Test
    void stoppedWhilePausedItsThreadEnds() throws InterruptedException {
        handle = timer._start(tick, 10);
        assertTrue(ticked.tryAcquire(1, 30, TimeUnit.SECONDS));
        Thread thread = ticking();
        timer._pause(handle);

        timer._stop(handle);
        thread.join(TimeUnit.SECONDS.toMillis(30));

        assertFalse(thread.isAlive());
    }
}
