package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * What the audible tests share: their switch, where they record, finding each sound in a recording and its
 * pitch, and keeping what they heard in {@code target/}.
 */
public final class Audible {

    /** The monitor of the null sink that {@code .ci/audio-setup} starts. */
    public static final String MONITOR = "cuesink.monitor";

    /** Why an audible test did not run, for the report of a build where it is off. */
    public static final String SWITCHED_OFF =
            "audible tests are off: they need the PulseAudio null sink of .ci/audio-setup;"
            + " source it (it exports HANGTIME_AUDIBLE=1) or pass -Dhangtime.audible=true where the sink runs";

    /** Loud enough to be a cue, not noise: the attack passes it about 1 ms after a cue starts. */
    public static final int THRESHOLD = 300;
    /** Quiet this long between two sounds: longer than the gaps between the notes of one cue. */
    public static final int QUIET = Sound.SAMPLE_RATE / 10;

    private Audible() {
    }

    /**
     * The loop a front end runs, in real time: sleep until the session or a cue is due, then update both (cues
     * first), until the session is over. Fails if the session waits for the user, which no audible routine does.
     */
    public static void runInRealTime(Session session, SessionCues cues, Ticker ticker) {
        while (!session.state().isOver()) {
            OptionalLong a = session.nextDue();
            OptionalLong b = cues.nextDue();
            long next = Math.min(a.orElse(Long.MAX_VALUE), b.orElse(Long.MAX_VALUE));
            assertTrue(next != Long.MAX_VALUE, "the session waits for the user");
            for (long wait = next - ticker.read(); wait > 0; wait = next - ticker.read()) {
                LockSupport.parkNanos(wait);
            }
            cues.update();
            session.update();
        }
    }

    /**
     * Whether the audible tests run: only where the null sink runs, since elsewhere playback may "succeed"
     * into a null device and record silence. When on, they fail, never skip, if nothing is heard.
     */
    public static boolean switchedOn() {
        return Boolean.getBoolean("hangtime.audible") || "1".equals(System.getenv("HANGTIME_AUDIBLE"));
    }

    /** The first sample of each sound: above the threshold after a tenth of a second below it. */
    public static List<Integer> onsets(short[] pcm) {
        List<Integer> onsets = new ArrayList<>();
        int quiet = QUIET;
        for (int i = 0; i < pcm.length; i++) {
            if (Math.abs(pcm[i]) > THRESHOLD) {
                if (quiet >= QUIET) {
                    onsets.add(i);
                }
                quiet = 0;
            } else {
                quiet++;
            }
        }
        return onsets;
    }

    /**
     * The pitch of the first note of a sound that starts at sample {@code onset}: from 10 ms after the onset,
     * past the attack, for 60 ms, within the shortest first note (a countdown pip's 110 ms).
     */
    public static double firstNote(short[] pcm, int onset) {
        return pitch(pcm, onset + Sound.SAMPLE_RATE / 100, Sound.SAMPLE_RATE * 6 / 100);
    }

    /** The strongest frequency between 200 and 1500 Hz in {@code length} samples from {@code from} (Goertzel). */
    public static double pitch(short[] pcm, int from, int length) {
        double best = 0;
        double bestPower = -1;
        for (double hertz = 200; hertz <= 1500; hertz += 1) {
            double coeff = 2 * Math.cos(2 * Math.PI * hertz / Sound.SAMPLE_RATE);
            double s1 = 0;
            double s2 = 0;
            for (int i = from; i < Math.min(pcm.length, from + length); i++) {
                double s0 = pcm[i] + coeff * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
            if (power > bestPower) {
                best = hertz;
                bestPower = power;
            }
        }
        return best;
    }

    /** {@code sound} as the player writes it at {@code gain}: 16-bit samples. */
    public static short[] pcm(Sound sound, double gain) {
        short[] out = new short[sound.frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Sound.toPcm16(sound.sample(i) * gain);
        }
        return out;
    }

    /** {@code sound} as the player writes it at the volume setting {@code volumePercent}. */
    public static short[] pcmAtVolume(Sound sound, int volumePercent) {
        return pcm(sound, SystemSound.gain(volumePercent));
    }

    /**
     * {@code name} for a file in {@code target/}: as it is against the server started with {@code -n}, with
     * {@code -default} before the extension against the one with the system's default modules.
     */
    static String named(String name) {
        if (!"default".equals(System.getenv("HANGTIME_AUDIO_MODULES"))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-default" + name.substring(dot);
    }

    /** Keeps a recording as target/{@code name} (s16le, mono, 44.1 kHz), to listen to or plot. */
    public static void keep(short[] pcm, String name) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : pcm) {
            bytes.putShort(sample);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", named(name)), bytes.array());
    }

    /** Prints what was heard and keeps it as target/{@code name}, for docs/audio.md. */
    public static void report(List<?> heard, String name) throws IOException {
        List<String> lines = heard.stream().map(Object::toString).toList();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", named(name)), lines);
        lines.forEach(System.out::println);
    }
}
