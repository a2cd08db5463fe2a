package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WavTest {

    /** A mono 16-bit WAV with the size fields a program writing to a pipe leaves: placeholders. */
    private static byte[] streamedWav(int rate, short... samples) {
        ByteBuffer out = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0x7ffff024)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(0x7ffff000);
        for (short sample : samples) {
            out.putShort(sample);
        }
        return out.array();
    }

    @Test
    void read_atTheCueRate_givesTheSamplesUpToTheEndOfTheData() {
        float[] samples = Wav.read(streamedWav(44_100, (short) 16384, (short) -8192)).orElseThrow();

        assertArrayEquals(new float[] {0.5f, -0.25f}, samples);
    }

    @Test
    void read_atHalfTheRate_interpolatesBetweenSamples() {
        float[] samples = Wav.read(streamedWav(22_050, (short) 0, (short) 16384, (short) 0)).orElseThrow();

        assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 0.25f, 0f, 0f}, samples);
    }

    @Test
    void read_notAWav_givesNothing() {
        assertEquals(Optional.empty(), Wav.read("not a wav file at all".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void wav_ofASound_readsBackToTheSameSamples() {
        Sound pip = Palette.standard().sound(Cue.COUNTDOWN);

        float[] back = Wav.read(pip.wav(1.0)).orElseThrow();

        assertEquals(pip.frames(), back.length);
        for (int i = 0; i < back.length; i++) {
            assertEquals(pip.sample(i), back[i], 1.0 / 32000, "sample " + i);
        }
    }
}
