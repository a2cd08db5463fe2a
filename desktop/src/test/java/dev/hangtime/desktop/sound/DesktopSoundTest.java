package dev.hangtime.desktop.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class DesktopSoundTest {

    @Test
    void flash_alwaysOpensAndSaysNothingWhenAskedFor() {
        List<Notice> told = new ArrayList<>();
        DesktopSound.Opened opened = DesktopSound.open(SoundPath.FLASH, 80, told::add, StandIn.NONE);
        assertEquals(SoundPath.FLASH, opened.path());
        assertEquals(List.of(), told);
        assertEquals(SoundStatus.unavailable("sound is switched off for this window (--sound flash)",
                "start it without --sound flash to hear the cues"), opened.silent());
        opened.player().close();
    }

    @Test
    void gain_isTheSquareOfTheVolume() {
        assertEquals(0.25, DesktopSound.gain(50), 1e-9);
        assertEquals(1.0, DesktopSound.gain(150), 1e-9);
        assertEquals(0.0, DesktopSound.gain(-3), 1e-9);
    }

    @Test
    void soundPaths_byName() {
        assertEquals(Optional.of(SoundPath.CLIP), SoundPath.of("clip"));
        assertEquals(Optional.empty(), SoundPath.of("CLIP"));
    }
}
