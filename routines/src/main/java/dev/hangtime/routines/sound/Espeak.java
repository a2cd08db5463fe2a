package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.Voice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Speaks with {@code espeak-ng}, when it is installed: the text is rendered to WAV on its standard output,
 * read back, and levelled with the tones.
 */
public final class Espeak implements Voice {

    /** What to tell a user who asked for the voice on a machine without espeak-ng. */
    public static final String UNAVAILABLE = "Voice: unavailable (espeak-ng is not installed); tones only.";

    /** Words per minute: a little slower than espeak's default, to be clear upside down. */
    private static final String SPEED = "160";
    /** A render that takes longer than this is given up: announcements are a help, never a hold-up. */
    private static final long TIMEOUT_MILLIS = 3_000;

    private final String command;

    private Espeak(String command) {
        this.command = command;
    }

    /** espeak-ng, if it runs on this machine. Starts it once to see; call it off the session's thread. */
    public static Optional<Espeak> find() {
        return find("espeak-ng");
    }

    static Optional<Espeak> find(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) && process.exitValue() == 0) {
                return Optional.of(new Espeak(command));
            }
            process.destroyForcibly();
        } catch (IOException e) {
            // Not installed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    @Override
    public Optional<Sound> speak(String text) {
        Path wav = null;
        try {
            wav = Files.createTempFile("hangtime-voice", ".wav");
            // To a file rather than a pipe, so that a stuck espeak-ng cannot block the read.
            Process process = new ProcessBuilder(List.of(command, "--stdout", "-s", SPEED, text))
                    .redirectOutput(wav.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            return Wav.read(Files.readAllBytes(wav)).map(samples -> new Sound("say: " + text, level(samples)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException e) {
                    // A stray temporary file is no reason to lose the announcement.
                }
            }
        }
    }

    /** Scales speech to peak where the tones do, so that neither drowns the other. */
    static float[] level(float[] samples) {
        float peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        if (peak == 0) {
            return samples;
        }
        float gain = (float) (Palette.PEAK * 0.9 / peak);
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = samples[i] * gain;
        }
        return out;
    }
}
