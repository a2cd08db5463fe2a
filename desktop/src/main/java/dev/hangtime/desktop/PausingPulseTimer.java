package dev.hangtime.desktop;

import com.sun.glass.ui.Application;
import com.sun.glass.ui.Timer;
import com.sun.javafx.tk.Toolkit;
import com.sun.javafx.tk.quantum.QuantumToolkit;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

/**
 * JavaFX's pulse timer, made to sleep while nothing changes. JavaFX asks its timer to pause once no animation
 * runs and no pulse has been asked for in 250 ms, and to resume when a node changes; on macOS the timer does.
 * On Linux it does not (GTK's timer ignores both), so the window's thread woke at every pulse, 15 times a
 * second, through an hour's hold in which the screen changes once a second. This timer ticks from a thread of
 * its own, sleeps while paused, and on resuming ticks at once, so that a change is painted as soon as it is
 * made rather than at the next tick. Between the ticks it does the same as JavaFX's own: hands JavaFX's
 * runnable, which posts a pulse to the window's thread when one is wanted.
 *
 * <p>It takes the place of JavaFX's timer through JavaFX's internals (for the pinned JavaFX 21.0.x), and only on
 * GTK, the one platform measured; where anything is not as expected, JavaFX keeps its own timer.
 * {@code -Dhangtime.desktop.pausingPulse=false} keeps JavaFX's own, for comparison.
 */
final class PausingPulseTimer extends Timer {

    static final String SWITCH = "hangtime.desktop.pausingPulse";

    private final Object lock = new Object();
    /** The thread ticking; null once stopped. Guarded by {@link #lock}. */
    private Thread ticker;
    private boolean paused;
    /** A resume came: tick at once. */
    private boolean resumed;

    PausingPulseTimer(Runnable runnable) {
        super(runnable);
    }

    /**
     * Puts this timer in the place of JavaFX's, at the same period, on the toolkit's thread once it has started.
     *
     * @return whether it did (false off GTK, when switched off, or when JavaFX's internals are not as expected)
     */
    static boolean install() {
        Application application = Application.GetApplication();
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || application == null
                || !application.getClass().getName().equals("com.sun.glass.ui.gtk.GtkApplication")
                || !(Toolkit.getToolkit() instanceof QuantumToolkit)) {
            return false;
        }
        QuantumToolkit toolkit = (QuantumToolkit) Toolkit.getToolkit();
        try {
            Field timerField = QuantumToolkit.class.getDeclaredField("pulseTimer");
            Field runnableField = QuantumToolkit.class.getDeclaredField("timerRunnable");
            Field intervalField = QuantumToolkit.class.getDeclaredField("PULSE_INTERVAL");
            timerField.setAccessible(true);
            runnableField.setAccessible(true);
            intervalField.setAccessible(true);
            // JavaFX pauses and resumes its timer holding the toolkit's lock: the swap holds it too.
            synchronized (toolkit) {
                Timer own = (Timer) timerField.get(toolkit);
                Runnable runnable = (Runnable) runnableField.get(toolkit);
                if (own == null || runnable == null || !own.isRunning()) {
                    return false;
                }
                PausingPulseTimer timer = new PausingPulseTimer(runnable);
                timer.start(intervalField.getInt(toolkit));
                own.stop();
                timerField.set(toolkit, timer);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    protected long _start(Runnable runnable) {
        throw new UnsupportedOperationException("a timer at the display's refresh rate is not offered here");
    }

    @Override
    protected long _start(Runnable runnable, int period) {
        synchronized (lock) {
            Thread thread = new Thread(() -> tick(runnable, TimeUnit.MILLISECONDS.toNanos(period)),
                    "hangtime-pulse-timer");
            thread.setDaemon(true);
            ticker = thread;
            paused = false;
            resumed = false;
            thread.start();
            return thread.getId();
        }
    }

    @Override
    protected void _stop(long timer) {
        synchronized (lock) {
            ticker = null;
            lock.notifyAll();
        }
    }

    @Override
    protected void _pause(long timer) {
        synchronized (lock) {
            paused = true;
        }
    }

    @Override
    protected void _resume(long timer) {
        synchronized (lock) {
            if (paused) {
                paused = false;
                resumed = true;
                lock.notifyAll();
            }
        }
    }

    private void tick(Runnable runnable, long period) {
        long next = System.nanoTime();
        try {
            while (awaitTick(next)) {
                runnable.run();
                long now = System.nanoTime();
                // A tick that came late (a busy machine, or a resume) sets the beat anew rather than hurrying.
                next = Math.max(next + period, now + period / 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until {@code next}, a resume, or the stop.
     *
     * @return false once stopped
     */
    private boolean awaitTick(long next) throws InterruptedException {
        synchronized (lock) {
            while (ticker == Thread.currentThread()) {
                if (resumed) {
                    resumed = false;
                    return true;
                }
                if (paused) {
                    lock.wait();
                    continue;
                }
                long wait = next - System.nanoTime();
                if (wait <= 0) {
                    return true;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, wait);
            }
            return false;
        }
    }
}
