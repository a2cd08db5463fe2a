package dev.hangtime.desktop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The session's own thread: keys in, each new screen out, and the end told once, last. */
class SessionThreadTest {

    /** Long enough for a thread on a busy machine; the tests wait for an event, never for a time. */
    private static final long PATIENCE_SECONDS = 20;

    private final FakeTicker ticker = new FakeTicker();
    private final RecordingSetup setup = new RecordingSetup();
    private final BlockingQueue<Screen> screens = new LinkedBlockingQueue<>();
    private final BlockingQueue<Outcome> left = new LinkedBlockingQueue<>();
    private final SessionThread thread = new SessionThread(
            notices -> new SessionModel(Fixtures.facet(), ticker, setup, () -> { }, notices, "Back"), ticker, 1,
            model -> {
                model.prepare();
                return Optional.empty();
            }, new SessionThread.Output() {
                @Override
                public void show(Screen screen, long due) {
                    screens.add(screen);
                }

                @Override
                public void left(Outcome outcome) {
                    left.add(outcome);
                }
            });

    @Test
    void realNanosUntil_roundsUpSoThatAWakeIsNeverEarly() {
        assertEquals(1_000, SessionThread.realNanosUntil(2_000, 1_000, 1));
        assertEquals(0, SessionThread.realNanosUntil(1_000, 2_000, 1));
        assertEquals(334, SessionThread.realNanosUntil(2_000, 1_000, 3));
    }

    @Test
    void keysAndButtons_reachTheSessionAndEachNewScreenIsShown() throws InterruptedException {
        thread.start();
        SessionScreen ready = (SessionScreen) awaitScreen(s -> s instanceof SessionScreen);
        assertEquals(SessionState.READY, ready.state());
        thread.key(Key.character(' '));
        awaitScreen(s -> s instanceof SessionScreen && ((SessionScreen) s).state() == SessionState.WAITING);
        thread.command(Command.DONE);
        SessionScreen running = (SessionScreen) awaitScreen(
                s -> s instanceof SessionScreen && ((SessionScreen) s).state() == SessionState.RUNNING);
        assertEquals("Inversion 20°", running.label());
        thread.requestClose();
        awaitScreen(s -> s instanceof SessionScreen
                && ((SessionScreen) s).overlay() == SessionScreen.Overlay.CONFIRM_CLOSE);
        thread.answerStop(true);
        assertEquals(Outcome.STOPPED, left.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(thread.isOver());
        assertEquals(List.of("prepared", "closed"), setup.told);
    }

    @Test
    void interruptAndWait_tellsTheJournalAndWaitsForItToBeLetGo() throws InterruptedException {
        thread.start();
        awaitScreen(s -> s instanceof SessionScreen);
        thread.key(Key.character(' '));
        awaitScreen(s -> s instanceof SessionScreen && ((SessionScreen) s).state() == SessionState.WAITING);
        assertEquals(Optional.of(Outcome.INTERRUPTED),
                thread.interruptAndWait(Duration.ofSeconds(PATIENCE_SECONDS)));
        assertEquals(List.of("prepared", "interrupted", "closed"), setup.told);
        assertEquals(Outcome.INTERRUPTED, left.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    private Screen awaitScreen(Predicate<Screen> wanted) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < until) {
            Screen screen = screens.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (screen != null && wanted.test(screen)) {
                return screen;
            }
        }
        throw new AssertionError("no such screen was shown");
    }
}
