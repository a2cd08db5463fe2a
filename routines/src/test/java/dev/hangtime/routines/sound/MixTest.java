package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Sound;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixTest {

    private static Sound sound(float... samples) {
        return new Sound("test", samples);
    }

    private static short[] render(Mix mix, long first, int frames, double gain) {
        byte[] block = new byte[frames * 2];
        mix.render(first, frames, gain, block);
        short[] out = new short[frames];
        for (int i = 0; i < frames; i++) {
            out[i] = (short) ((block[2 * i] & 0xff) | (block[2 * i + 1] << 8));
        }
        return out;
    }

    @Test
    void render_placesASoundAtItsFrame() {
        Mix mix = new Mix();
        mix.add(sound(0.5f, -0.5f), 12);

        short[] out = render(mix, 10, 5, 1.0);

        // Halves round up: 0.5 × 32767 = 16383.5 goes to 16384, and its negative to -16383.
        assertArrayEquals(new short[] {0, 0, 16384, -16383, 0}, out);
    }

    @Test
    void render_addsOverlappingSoundsAndAppliesTheGain() {
        Mix mix = new Mix();
        mix.add(sound(0.25f, 0.25f, 0.25f), 0);
        mix.add(sound(0.5f, 0.5f), 1);

        short[] out = render(mix, 0, 3, 0.5);

        assertArrayEquals(new short[] {4096, 12288, 12288}, out);
    }

    @Test
    void render_clipsASumPastFullScale() {
        Mix mix = new Mix();
        mix.add(sound(0.75f), 0);
        mix.add(sound(0.75f), 0);

        short[] out = render(mix, 0, 1, 1.0);

        assertArrayEquals(new short[] {Short.MAX_VALUE}, out);
    }

    @Test
    void render_carriesASoundAcrossBlocksAndForgetsItAtItsEnd() {
        Mix mix = new Mix();
        mix.add(sound(0.5f, 0.5f, 0.5f), 1);

        short[] first = render(mix, 0, 2, 1.0);
        boolean emptyBefore = mix.isEmpty();
        short[] second = render(mix, 2, 2, 1.0);

        assertArrayEquals(new short[] {0, 16384}, first);
        assertArrayEquals(new short[] {16384, 16384}, second);
        assertEquals(List.of(false, true), List.of(emptyBefore, mix.isEmpty()));
    }

    @Test
    void dropNotStartedBy_keepsWhatHasBegun() {
        Mix mix = new Mix();
        Sound begun = sound(0.5f, 0.5f);
        Sound ahead = sound(0.25f);
        mix.add(begun, 0);
        mix.add(ahead, 10);

        List<Mix.Started> dropped = mix.dropNotStartedBy(1);

        assertEquals(List.of(new Mix.Started(ahead, 10, null)), dropped);
        assertArrayEquals(new short[] {16384}, render(mix, 1, 1, 1.0));
        assertTrue(mix.isEmpty());
    }
}
