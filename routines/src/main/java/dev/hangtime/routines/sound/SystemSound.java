package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A front end's cue player: the system's javax.sound output, or a stand-in the front end gives (the terminal
 * bell, a flash) when there is none.
 *
 * <p>With no sound card or sound server, or when the device fails mid-session, it says so once through its
 * {@link Notices} and runs the stand-in for every cue from then on, at the cue's moment. It never blocks the
 * session and never throws.
 */
public final class SystemSound implements CuePlayer {

    /**
     * Time from writing the first frame to an idle output until it is heard, as measured into a PulseAudio
     * sink (see docs/audio.md); {@code -Dhangtime.sound.startLatencyMs=N} sets it for another device.
     */
    static final long START_LATENCY_NANOS = TimeUnit.MICROSECONDS.toNanos(
            Math.round(1000 * Double.parseDouble(System.getProperty("hangtime.sound.startLatencyMs", "1"))));

    private final Notices notices;
    private final StandInPlayer bell;
    private LinePlayer line;
    private volatile CuePlayer current;
    private final AtomicBoolean started = new AtomicBoolean();

    private SystemSound(Notices notices, Runnable ring) {
        this.notices = notices;
        this.bell = new StandInPlayer(ring);
    }

    /**
     * Opens the default output and warms it, on a thread of its own: returns at once.
     *
     * @param volumePercent 0–100, from the settings
     * @param notices told, once, when there is no sound and the stand-in takes over
     * @param ring the stand-in for a cue that cannot be heard: the terminal bell, a flash of the screen
     */
    public static SystemSound open(int volumePercent, Notices notices, Runnable ring) {
        SystemSound sound = lazy(volumePercent, notices, ring);
        sound.start();
        return sound;
    }

    /**
     * Like {@link #open}, but touches no device until the first cue or {@link #awaitReady}: for a session that
     * starts muted, so that it says nothing about sound unless sound is turned on. The first cue after that
     * comes about half a second late, while the output warms.
     */
    public static SystemSound lazy(int volumePercent, Notices notices, Runnable ring) {
        return create(new JavaxOutput(LinePlayer.BUFFER_FRAMES), System::nanoTime, START_LATENCY_NANOS,
                volumePercent, notices, ring);
    }

    static SystemSound open(PcmOutput output, LongSupplier clock, long startLatencyNanos, int volumePercent,
            Notices notices, Runnable ring) {
        SystemSound sound = create(output, clock, startLatencyNanos, volumePercent, notices, ring);
        sound.start();
        return sound;
    }

    static SystemSound create(PcmOutput output, LongSupplier clock, long startLatencyNanos, int volumePercent,
            Notices notices, Runnable ring) {
        SystemSound sound = new SystemSound(notices, ring);
        LinePlayer line = new LinePlayer(output, clock, startLatencyNanos, gain(volumePercent),
                (reason, atStart, unplayed) -> sound.fallBack(reason, atStart, unplayed, clock));
        sound.line = line;
        sound.current = line;
        return sound;
    }

    private void start() {
        if (started.compareAndSet(false, true)) {
            line.start();
        }
    }

    /**
     * The gain for a volume setting. Loudness is heard on a log scale, so the square of the fraction: half
     * volume is a quarter of the amplitude, about 12 dB down.
     */
    static double gain(int volumePercent) {
        double fraction = Math.max(0, Math.min(100, volumePercent)) / 100.0;
        return fraction * fraction;
    }

    /**
     * Waits, at most {@code max}, until the output is open and warm or the bell has taken over: call it
     * before starting the session so that its first cue is on time. True when ready.
     */
    public boolean awaitReady(Duration max) {
        start();
        try {
            return line.awaitReady(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the bell stands in for the sound output. */
    public boolean usesBell() {
        return current == bell;
    }

    @Override
    public Duration lead() {
        return current.lead();
    }

    @Override
    public void play(Sound sound, Duration in) {
        start();
        current.play(sound, in);
    }

    @Override
    public void cancelPending() {
        current.cancelPending();
    }

    /** Lets the last cue be heard (a few seconds at most), then lets the output go. */
    @Override
    public void close() {
        CuePlayer player = current;
        if (player == line && !started.get()) {
            bell.close();
            return;
        }
        player.close();
        if (player != bell) {
            bell.close();
        }
    }

    private void fallBack(String reason, boolean atStart, List<LinePlayer.Due> unplayed, LongSupplier clock) {
        // The line player's thread has ended, or is stuck in the device where nothing can free it; it is a
        // daemon, so it holds nothing up. The bell takes over before the user is told, so no cue falls between.
        current = bell;
        notices.tell(new Notice(Notice.Topic.SOUND, atStart
                ? "Sound: " + reason + "; cues will ring the terminal bell instead."
                : "Sound: " + reason + "; cues will ring the terminal bell from now on."));
        long now = clock.getAsLong();
        for (LinePlayer.Due due : unplayed) {
            bell.play(due.sound(), Duration.ofNanos(Math.max(0, due.heardAt() - now)));
        }
    }
}
