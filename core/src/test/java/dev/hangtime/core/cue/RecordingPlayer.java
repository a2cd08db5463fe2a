package dev.hangtime.core.cue;

import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A player that writes down what it would play and when it would be heard, on a fake ticker. A sound still
 * ahead when {@link #cancelPending()} is called is struck off, as a real player would never sound it.
 */
final class RecordingPlayer implements CuePlayer {

    /** A sound as it would be heard: its name, heard at (ticker) and handed over at (ticker). */
    record Played(String name, long heardAt, long handedAt) {
    }

    private final FakeTicker ticker;
    private final Duration lead;
    private final List<Played> played = new ArrayList<>();
    private int cancels;
    private boolean closed;

    RecordingPlayer(FakeTicker ticker, Duration lead) {
        this.ticker = ticker;
        this.lead = lead;
    }

    @Override
    public Duration lead() {
        return lead;
    }

    @Override
    public void play(Sound sound, Duration in) {
        long now = ticker.read();
        played.add(new Played(sound.name(), now + in.toNanos(), now));
    }

    @Override
    public void cancelPending() {
        cancels++;
        long now = ticker.read();
        played.removeIf(p -> p.heardAt() > now);
    }

    @Override
    public void close() {
        closed = true;
    }

    List<Played> played() {
        return List.copyOf(played);
    }

    /** Each sound heard, as "name@milliseconds since the origin". */
    List<String> heard() {
        return played.stream().map(p -> p.name() + "@" + (p.heardAt() - FakeTicker.ORIGIN) / 1_000_000).toList();
    }

    int cancels() {
        return cancels;
    }

    boolean closed() {
        return closed;
    }
}
