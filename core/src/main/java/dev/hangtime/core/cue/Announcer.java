package dev.hangtime.core.cue;

import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders announcements off the session's thread and plays them through the cue player. What is known ahead
 * is rendered ahead, so that it follows its tone at once; what was cancelled while rendering is not played.
 */
final class Announcer {

    private static final int CACHED = 32;

    private final Voice voice;
    private final CuePlayer player;
    private final Executor executor;
    private final Ticker clock;
    private final AtomicInteger generation = new AtomicInteger();
    private final Map<String, Optional<Sound>> rendered = new LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Sound>> eldest) {
            return size() > CACHED;
        }
    };

    Announcer(Voice voice, CuePlayer player, Executor executor, Ticker clock) {
        this.voice = voice;
        this.player = player;
        this.executor = executor;
        this.clock = clock;
    }

    /** Says {@code text} so that it is heard {@code in} from now, or as soon after as it is rendered. */
    void say(String text, Duration in) {
        long heardAt = clock.read() + in.toNanos();
        int asked = generation.get();
        executor.execute(() -> render(text).ifPresent(speech -> {
            if (generation.get() == asked) {
                player.play(speech, Duration.ofNanos(Math.max(0, heardAt - clock.read())));
            }
        }));
    }

    /** Renders {@code text} now, in the background, so that saying it later costs nothing. */
    void prepare(String text) {
        executor.execute(() -> render(text));
    }

    /** Drops what was asked for and is still rendering: its moment will not come as foreseen. */
    void cancel() {
        generation.incrementAndGet();
    }

    private Optional<Sound> render(String text) {
        synchronized (rendered) {
            Optional<Sound> done = rendered.get(text);
            if (done != null) {
                return done;
            }
        }
        Optional<Sound> speech = voice.speak(text);
        synchronized (rendered) {
            rendered.put(text, speech);
        }
        return speech;
    }
}
