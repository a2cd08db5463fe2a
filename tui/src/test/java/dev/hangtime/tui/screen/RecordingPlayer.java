package dev.hangtime.tui.screen;

import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Sound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A cue player that plays nothing and remembers what it was handed, and how far ahead. */
final class RecordingPlayer implements CuePlayer {

    final List<String> handed = new ArrayList<>();
    private final Duration lead;

    RecordingPlayer(Duration lead) {
        this.lead = lead;
    }

    @Override
    public Duration lead() {
        return lead;
    }

    @Override
    public void play(Sound sound, Duration in) {
        handed.add(sound.name() + " in " + in.toMillis() + " ms");
    }

    @Override
    public void cancelPending() {
    }

    @Override
    public void close() {
    }
}
