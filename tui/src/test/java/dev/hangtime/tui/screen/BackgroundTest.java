package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Background background = new Background(queued::add, () -> events.add("woken"));

    @Test
    void start_runsOnTheExecutor_thenHoldsTheResultAndWakesTheLoop() {
        CompletableFuture<String> result = background.start(() -> {
            events.add("worked");
            return "journal";
        });
        boolean doneBefore = result.isDone();
        queued.forEach(Runnable::run);

        assertEquals(List.of(false, List.of("worked", "woken"), "journal"),
                List.of(doneBefore, events, result.getNow(null)));
    }

    @Test
    void start_workThatThrows_stillWakesTheLoop() {
        background.start(() -> {
            throw new IllegalStateException("unreadable");
        });

        assertThrows(IllegalStateException.class, () -> queued.forEach(Runnable::run));
        assertEquals(List.of("woken"), events);
    }
}
