package dev.hangtime.desktop.sound;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * Plays cues through javafx-media's {@link AudioClip}: each sound of the palette written once as a WAV file
 * (a clip needs a file URL) and loaded up front, then started at its moment less the clip's own delay.
 *
 * <p>GStreamer, under the clip, delays some starts by tens of milliseconds that no fixed offset corrects
 * (docs/desktop.md), so this is the fallback for when the javax.sound line cannot open.
 */
public final class ClipPlayer implements CuePlayer {

    /** Handed over this early: the clip's delay, and room for the timer thread to wake. */
    static final Duration LEAD = Duration.ofMillis(80);

    /**
     * From {@code play()} until the clip is heard, as measured into a PulseAudio sink (docs/desktop.md);
     * {@code -Dhangtime.desktop.clipLatencyMs=N} sets it for another device.
     */
    static final long LATENCY_NANOS = TimeUnit.MICROSECONDS.toNanos(
            Math.round(1000 * Double.parseDouble(System.getProperty("hangtime.desktop.clipLatencyMs", "0"))));

    private final Path folder;
    private final double volume;
    private final Map<Sound, AudioClip> clips = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "hangtime-clips");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        return thread;
    });

    private ClipPlayer(Path folder, double volume) {
        this.folder = folder;
        this.volume = volume;
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Loads every cue of the palette and checks that media can play here.
     *
     * @param gain 0–1, the settings' volume as a gain
     * @throws IOException when there is no audio output for media ("Could not create player"), or the clips
     *     cannot be written
     */
    public static ClipPlayer open(double gain) throws IOException {
        Path folder = Files.createTempDirectory("hangtime-clips");
        folder.toFile().deleteOnExit();
        ClipPlayer player = new ClipPlayer(folder, gain);
        try {
            Palette palette = Palette.standard();
            AudioClip first = null;
            for (Cue cue : Cue.values()) {
                AudioClip clip = player.clip(palette.sound(cue));
                first = first == null ? clip : first;
            }
            // A clip that cannot play fails on a thread of its own and says nothing; a media player fails at once.
            MediaPlayer probe = new MediaPlayer(new Media(first.getSource()));
            probe.dispose();
            // The first play of a clip in a process is heard late; pay for it now, silently.
            first.play(0.0);
            return player;
        } catch (MediaException | UnsupportedOperationException e) {
            player.close();
            throw new IOException("media cannot play here (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            player.close();
            throw e;
        }
    }

    @Override
    public Duration lead() {
        return LEAD;
    }

    @Override
    public void play(Sound sound, Duration in) {
        if (timer.isShutdown()) {
            return;
        }
        long delay = Math.max(0, in.toNanos() - LATENCY_NANOS);
        timer.schedule(() -> playNow(sound), delay, TimeUnit.NANOSECONDS);
    }

    @Override
    public void cancelPending() {
        for (Runnable task : timer.getQueue().toArray(new Runnable[0])) {
            ((ScheduledFuture<?>) task).cancel(false);
        }
    }

    /** Lets the last cue play out, then lets the clips and their files go. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
            // The last cue (the end's chime) is still sounding: let it finish, a few seconds at most.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (clips.values().stream().anyMatch(AudioClip::isPlaying) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clips.values().forEach(AudioClip::stop);
        clips.clear();
        try (var files = Files.list(folder)) {
            files.forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clear.
        }
        folder.toFile().delete();
    }

    private void playNow(Sound sound) {
        try {
            clip(sound).play(volume);
        } catch (IOException | RuntimeException e) {
            // A cue that cannot be played is dropped; the session goes on.
        }
    }

    /** The clip of {@code sound}, loaded on first use: the palette's up front, spoken words when they come. */
    private AudioClip clip(Sound sound) throws IOException {
        AudioClip clip = clips.get(sound);
        if (clip == null) {
            Path file = folder.resolve("cue-" + files.incrementAndGet() + ".wav");
            Files.write(file, sound.wav(1.0));
            clip = new AudioClip(file.toUri().toString());
            clips.put(sound, clip);
        }
        return clip;
    }
}
