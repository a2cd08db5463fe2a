package dev.hangtime.routines.sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The PulseAudio server the audible tests play into, controlled through {@code .ci/audio-setup}: the one that
 * {@code HANGTIME_AUDIO_DIR} and {@code HANGTIME_AUDIO_MODULES} name, which is the one {@code PULSE_SERVER}
 * points this JVM at.
 */
final class AudioServer {

    private AudioServer() {
    }

    /** Stops the server, as a crash would, and starts it afresh; returns once it answers. */
    static void restart() throws IOException, InterruptedException {
        run("restart");
    }

    private static void run(String command) throws IOException, InterruptedException {
        Path script = Path.of("..", ".ci", "audio-setup").toAbsolutePath().normalize();
        if (System.getenv("HANGTIME_AUDIO_DIR") == null || !Files.exists(script)) {
            throw new AssertionError("HANGTIME_AUDIO_DIR is not set or " + script + " is missing:"
                    + " source .ci/audio-setup before switching the audible tests on");
        }
        Process process = new ProcessBuilder("bash", "-c", ". \"$0\" " + command, script.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(".ci/audio-setup " + command + " failed");
        }
    }
}
