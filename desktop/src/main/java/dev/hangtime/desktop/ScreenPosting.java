package dev.hangtime.desktop;

import dev.hangtime.desktop.model.Screen;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Hands the session's screens to the toolkit's thread, one task at a time: when the window falls behind, only
 * the latest screen is drawn.
 */
final class ScreenPosting {

    private record Pending(Screen screen, long due) {
    }

    private final AtomicReference<Pending> latest = new AtomicReference<>();
    private final BiConsumer<Screen, Long> draw;

    /** @param draw draws a screen due at a ticker reading, on the toolkit's thread */
    ScreenPosting(BiConsumer<Screen, Long> draw) {
        this.draw = draw;
    }

    /** From any thread. */
    void post(Screen screen, long due) {
        if (latest.getAndSet(new Pending(screen, due)) == null) {
            Platform.runLater(this::drawLatest);
        }
    }

    private void drawLatest() {
        Pending pending = latest.getAndSet(null);
        if (pending != null) {
            draw.accept(pending.screen(), pending.due());
        }
    }
}
