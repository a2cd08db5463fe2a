package dev.hangtime.desktop.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Flashes the window at each cue's moment: what is left when nothing can play sound. */
final class FlashPlayer implements CuePlayer {

    private final Runnable flash;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "hangtime-flash");
        thread.setDaemon(true);
        return thread;
    });

    FlashPlayer(Runnable flash) {
        this.flash = flash;
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Duration lead() {
        return Duration.ZERO;
    }

    @Override
    public void play(Sound sound, Duration in) {
        if (!timer.isShutdown()) {
            timer.schedule(flash, Math.max(0, in.toNanos()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void cancelPending() {
        for (Runnable task : timer.getQueue().toArray(new Runnable[0])) {
            ((ScheduledFuture<?>) task).cancel(false);
        }
    }

    @Override
    public void close() {
        timer.shutdown();
    }
}
