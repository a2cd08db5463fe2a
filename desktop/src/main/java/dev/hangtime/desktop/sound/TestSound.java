package dev.hangtime.desktop.sound;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.routines.sound.SystemSound;
import java.time.Duration;

/**
 * The settings page's test sound: an exercise's start cue at the volume picked, through the same line player
 * as a session, so that what is heard is what a session will sound like.
 */
public final class TestSound {

    /** Long enough for the line to open and warm and the cue to be heard. */
    private static final Duration READY = Duration.ofSeconds(2);

    private TestSound() {
    }

    /**
     * Plays the cue on a thread of its own and returns at once; trouble (no sound device) goes to {@code notices},
     * and {@code standIn} runs instead of the cue.
     */
    public static void play(int volumePercent, Notices notices, StandIn standIn) {
        Thread player = new Thread(() -> {
            try (SystemSound sound = SystemSound.open(volumePercent, notices, standIn)) {
                sound.awaitReady(READY);
                sound.play(Palette.standard().sound(Cue.START_EXERCISE), Duration.ZERO);
            }
        }, "hangtime-test-sound");
        player.setDaemon(true);
        player.start();
    }
}
