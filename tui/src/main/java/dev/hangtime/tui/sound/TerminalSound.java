package dev.hangtime.tui.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The terminal's cue player: the system's javax.sound output, or the terminal bell when there is none.
 *
 * <p>With no sound card or sound server, or when the device fails mid-session, it says so once through
 * {@code warn} and rings {@code bell} for every cue from then on, at the cue's moment. It never blocks the
 * session and never throws.
 */
public final class TerminalSound implements CuePlayer {

    /**
     * Time from writing the first frame to an idle output until it is heard, as measured into a PulseAudio
     * sink (see docs/audio.md); {@code -Dhangtime.sound.startLatencyMs=N} sets it for another device.
     */
    static final long START_LATENCY_NANOS = TimeUnit.MICROSECONDS.toNanos(
            Math.round(1000 * Double.parseDouble(System.getProperty("hangtime.sound.startLatencyMs", "1"))));

    private final Consumer<String> warn;
    private final BellPlayer bell;
    private LinePlayer line;
    private volatile CuePlayer current;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    private TerminalSound(Consumer<String> warn, Runnable ring) {
        this.warn = warn;
        this.bell = new BellPlayer(ring);
    }

    /**
     * Opens the default output and warms it, on a thread of its own: returns at once.
     *
     * @param volumePercent 0–100, from the settings
     * @param warn told, once, when there is no sound and the bell stands in; one line, for the user
     * @param ring rings the terminal bell (and flashes the screen, where there is one)
     */
    public static TerminalSound open(int volumePercent, Consumer<String> warn, Runnable ring) {
        TerminalSound sound = lazy(volumePercent, warn, ring);
        sound.start();
        return sound;
    }

    /**
     * Like {@link #open}, but touches no device until the first cue or {@link #awaitReady}: for a session that
     * starts muted, so that it says nothing about sound unless sound is turned on. The first cue after that
     * comes about half a second late, while the output warms.
     */
    public static TerminalSound lazy(int volumePercent, Consumer<String> warn, Runnable ring) {
        return create(new JavaxOutput(LinePlayer.BUFFER_FRAMES), System::nanoTime, START_LATENCY_NANOS,
                volumePercent, warn, ring);
    }

    static TerminalSound open(PcmOutput output, LongSupplier clock, long startLatencyNanos, int volumePercent,
            Consumer<String> warn, Runnable ring) {
        TerminalSound sound = create(output, clock, startLatencyNanos, volumePercent, warn, ring);
        sound.start();
        return sound;
    }

    static TerminalSound create(PcmOutput output, LongSupplier clock, long startLatencyNanos, int volumePercent,
            Consumer<String> warn, Runnable ring) {
        TerminalSound sound = new TerminalSound(warn, ring);
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

    /** Rings the bell by writing BEL to {@code terminal}: use standard error, which scripts do not parse. */
    public static Runnable terminalBell(PrintStream terminal) {
        return () -> {
            terminal.print('\u0007');
            terminal.flush();
        };
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
        warn.accept(atStart
                ? "Sound: " + reason + "; cues will ring the terminal bell instead."
                : "Sound: " + reason + "; cues will ring the terminal bell from now on.");
        long now = clock.getAsLong();
        for (LinePlayer.Due due : unplayed) {
            bell.play(due.sound(), Duration.ofNanos(Math.max(0, due.heardAt() - now)));
        }
    }
}
