package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A front end's cue player: the system's javax.sound output, and a stand-in the front end gives (the terminal
 * bell, a flash) for every cue that cannot be heard.
 *
 * <p>It never gives up on the output: when the device or sound server goes away, stops playing, or hangs, the
 * stand-in takes each cue while the output is opened again, with a back-off, for as long as the session
 * runs. Its {@link #status()} says where sound stands; it tells its {@link Notices} once when sound stops and
 * once when it comes back, and its status listeners each change. It never blocks the session and never throws.
 */
public final class SystemSound implements CuePlayer {

    /**
     * Time from writing the first frame to an idle output until it is heard, as measured into a PulseAudio
     * sink (see docs/audio.md); {@code -Dhangtime.sound.startLatencyMs=N} sets it for another device.
     */
    static final long START_LATENCY_NANOS = TimeUnit.MICROSECONDS.toNanos(
            Math.round(1000 * Double.parseDouble(System.getProperty("hangtime.sound.startLatencyMs", "1"))));

    private final Notices notices;
    private final StandIn standIn;
    private final StandInPlayer standInPlayer;
    private final LinePlayer line;
    private final List<Consumer<SoundStatus>> listeners = new CopyOnWriteArrayList<>();
    /** Tells notices and listeners in order, on a thread of its own, so that none can hold up the player. */
    private final ExecutorService news;

    // Read and written on the news thread only:
    private boolean wasOn;
    private boolean toldStopped;

    private SystemSound(Supplier<PcmOutput> outputs, LongSupplier clock, long startLatencyNanos, int volumePercent,
            LinePlayer.Limits limits, Notices notices, StandIn standIn) {
        this.notices = notices;
        this.standIn = standIn;
        this.standInPlayer = new StandInPlayer(standIn.signal());
        this.news = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "hangtime-sound-news");
            thread.setDaemon(true);
            return thread;
        });
        this.line = new LinePlayer(outputs, clock, startLatencyNanos, gain(volumePercent), limits,
                new LinePlayer.Listener() {
                    @Override
                    public void changed(SoundStatus status) {
                        afterNews(() -> tell(status));
                    }

                    @Override
                    public void unheard(Sound sound, long heardAt) {
                        standInPlayer.play(sound, Duration.ofNanos(Math.max(0, heardAt - clock.getAsLong())));
                    }
                });
    }

    /**
     * Opens the default output and warms it, on a thread of its own: returns at once.
     *
     * @param volumePercent 0–100, from the settings
     * @param notices told once when sound stops or cannot be had, and once when it comes back
     * @param standIn what happens instead of a cue that cannot be heard
     */
    public static SystemSound open(int volumePercent, Notices notices, StandIn standIn) {
        SystemSound sound = lazy(volumePercent, notices, standIn);
        sound.start();
        return sound;
    }

    /**
     * Like {@link #open}, but touches no device until the first cue or {@link #awaitReady}: for a session that
     * starts muted, so that it says nothing about sound unless sound is turned on. The first cues after that
     * go to the stand-in while the output warms (a tenth of a second, two on a freshly started sound server).
     */
    public static SystemSound lazy(int volumePercent, Notices notices, StandIn standIn) {
        return create(() -> JavaxOutput.system(LinePlayer.BUFFER_FRAMES), System::nanoTime, START_LATENCY_NANOS,
                volumePercent, LinePlayer.Limits.STANDARD, notices, standIn);
    }

    /** A player not yet started, on {@code outputs} and {@code clock}: for tests. */
    static SystemSound create(Supplier<PcmOutput> outputs, LongSupplier clock, long startLatencyNanos,
            int volumePercent, LinePlayer.Limits limits, Notices notices, StandIn standIn) {
        return new SystemSound(outputs, clock, startLatencyNanos, volumePercent, limits, notices, standIn);
    }

    /**
     * The gain for a volume setting. Loudness is heard on a log scale, so the square of the fraction: half
     * volume is a quarter of the amplitude, about 12 dB down.
     */
    static double gain(int volumePercent) {
        double fraction = Math.max(0, Math.min(100, volumePercent)) / 100.0;
        return fraction * fraction;
    }

    /** Opens and warms the output on a thread of its own, if it is not yet; returns at once. */
    void start() {
        line.start();
    }

    /**
     * Waits, at most {@code max}, until the output is open and warm or the stand-in has taken over: call it
     * before starting the session so that its first cue is heard. True when either has happened.
     */
    public boolean awaitReady(Duration max) {
        line.start();
        try {
            return line.awaitReady(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where the output stands now: starting, on, unavailable (why, and what to do), or coming back. */
    public SoundStatus status() {
        return line.status();
    }

    /**
     * Tells {@code listener} each change of {@link #status()}, in order, on a thread of the player's: it must
     * hand the status over to its own thread rather than do slow work.
     */
    public void addStatusListener(Consumer<SoundStatus> listener) {
        listeners.add(listener);
    }

    /** Runs {@code task} on the thread that tells the status, after what it has to tell already. */
    void afterNews(Runnable task) {
        try {
            news.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: nobody is listening any more.
        }
    }

    /** Always the output's: a cue handed over this early is on time through it, and the stand-in waits. */
    @Override
    public Duration lead() {
        return LinePlayer.LEAD;
    }

    @Override
    public void play(Sound sound, Duration in) {
        line.start();
        line.play(sound, in);
    }

    @Override
    public void cancelPending() {
        line.cancelPending();
        standInPlayer.cancelPending();
    }

    /** Lets the last cue be heard (a few seconds at most), then lets the output go. */
    @Override
    public void close() {
        line.close();
        standInPlayer.close();
        news.shutdown();
    }

    private void tell(SoundStatus status) {
        if (status.state() == SoundStatus.State.UNAVAILABLE && !toldStopped) {
            toldStopped = true;
            notices.tell(new Notice(Notice.Topic.SOUND, wasOn
                    ? "sound stopped: " + status.reason() + "; " + standIn.words() + " until it is back"
                    : "no sound: " + status.reason() + "; " + standIn.words() + " instead (" + status.advice() + ")"));
        } else if (status.state() == SoundStatus.State.ON) {
            if (toldStopped) {
                notices.tell(new Notice(Notice.Topic.SOUND, "sound is back"));
            }
            toldStopped = false;
            wasOn = true;
        }
        for (Consumer<SoundStatus> listener : listeners) {
            listener.accept(status);
        }
    }
}
