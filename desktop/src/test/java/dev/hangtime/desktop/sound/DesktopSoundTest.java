package dev.hangtime.desktop.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class DesktopSoundTest {

    @Test
    void theLinePlayersFallBack_isWordedForTheWindow() {
        List<Notice> told = new ArrayList<>();
        DesktopSound.forTheWindow(told::add).tell(new Notice(Notice.Topic.SOUND,
                "Sound: the sound device stopped taking sound; cues will ring the terminal bell from now on."));
        DesktopSound.forTheWindow(told::add).tell(new Notice(Notice.Topic.SOUND, "Voice: unavailable; tones only."));
        assertEquals(List.of(
                new Notice(Notice.Topic.SOUND,
                        "Sound: the sound device stopped taking sound; the window will flash at each cue from now on."),
                new Notice(Notice.Topic.SOUND, "Voice: unavailable; tones only.")), told);
    }

    @Test
    void reason_isWhatTheLinePlayerSaysWithoutWhatItDoesInstead() {
        assertEquals("no audio device or sound server (no line)",
                DesktopSound.reason("Sound: no audio device or sound server (no line); cues will ring the terminal"
                        + " bell instead."));
        assertEquals("something else", DesktopSound.reason("something else"));
    }

    @Test
    void flash_alwaysOpensAndSaysNothingWhenAskedFor() {
        List<Notice> told = new ArrayList<>();
        DesktopSound.Opened opened = DesktopSound.open(SoundPath.FLASH, 80, told::add, StandIn.NONE);
        assertEquals(SoundPath.FLASH, opened.path());
        assertEquals(List.of(), told);
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
