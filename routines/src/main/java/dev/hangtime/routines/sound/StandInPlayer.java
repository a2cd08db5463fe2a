package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the front end's stand-in (the terminal bell, a flash) for every cue, at its moment: what is left when
 * there is no sound output, and what a front end uses when sound is switched off for it.
 */
public final class StandInPlayer implements CuePlayer {

    private final Runnable ring;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "hangtime-stand-in");
        thread.setDaemon(true);
        return thread;
    });

    /** @param ring the stand-in's signal, run on a thread of this player's for each cue; it must not block */
    public StandInPlayer(Runnable ring) {
        this.ring = ring;
        timer.setRemoveOnCancelPolicy(true);
    }

    /** None: the bell's own delay is unknown and small beside what it stands in for. */
    @Override
    public Duration lead() {
        return Duration.ZERO;
    }

    @Override
    public void play(Sound sound, Duration in) {
        if (!timer.isShutdown()) {
            timer.schedule(this::ringQuietly, Math.max(0, in.toNanos()), TimeUnit.NANOSECONDS);
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

    private void ringQuietly() {
        try {
            ring.run();
        } catch (RuntimeException e) {
            // A bell that cannot ring must not end the session.
        }
    }
}
