package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

class EspeakTest {

    static boolean installed() {
        return Espeak.find().isPresent();
    }

    @Test
    void find_withoutTheProgram_isEmpty() {
        assertEquals(Optional.empty(), Espeak.find("espeak-ng-that-is-not-there"));
    }

    @Test
    @EnabledIf("installed")
    void speak_rendersTheWordsLevelledWithTheTones() {
        Sound speech = Espeak.find().orElseThrow().speak("Halfway").orElseThrow();

        double peak = 0;
        for (int i = 0; i < speech.frames(); i++) {
            peak = Math.max(peak, Math.abs(speech.sample(i)));
        }
        assertEquals("say: Halfway", speech.name());
        assertTrue(speech.length().toMillis() > 300 && speech.length().toMillis() < 2_000, speech.toString());
        assertEquals(Palette.PEAK * 0.9, peak, 1e-3);
    }

    @Test
    void level_scalesThePeakToJustUnderTheTones() {
        float[] levelled = Espeak.level(new float[] {0.1f, -0.9f, 0.45f});

        assertEquals(-Palette.PEAK * 0.9, levelled[1], 1e-6);
        assertEquals(Palette.PEAK * 0.45, levelled[2], 1e-6);
    }
}
