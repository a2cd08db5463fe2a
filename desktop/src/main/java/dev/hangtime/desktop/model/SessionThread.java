package dev.hangtime.desktop.model;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs one {@link SessionModel} on a thread of its own, which sleeps until the model's next wake or the next
 * key, whichever comes first: about one wake-up a second in a long hold, and none at all while the session
 * waits for the user. Keys, buttons and notices are posted to it from any thread; each screen that differs
 * from the last is handed to the {@link Output}, which draws it on the toolkit's thread.
 *
 * <p>Cues are handed to the sound from this thread, not the window's: a window busy painting or resizing
 * never makes a cue late.
 */
public final class SessionThread implements SessionInput {

    /** Where the screens go, from this thread. */
    public interface Output {

        /**
         * The screen changed.
         *
         * @param due the ticker reading at which the change was due: the moment to draw it by
         */
        void show(Screen screen, long due);

        /** The session was left: the window moves on. Called once, last. */
        void left(Outcome outcome);
    }

    private final BlockingQueue<Function<SessionModel, Optional<Outcome>>> inbox = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final SessionModel model;
    private final Ticker ticker;
    private final int speed;
    private final Output output;
    private final Thread thread;
    private volatile Optional<Outcome> outcome = Optional.empty();

    /**
     * @param model makes the session's model, given where its services' notices go
     * @param ticker the session's clock, {@code speed} times faster than real time
     * @param start what to do first, once the window shows the session: prepare it, or pick it up where it
     *     was cut off
     */
    public SessionThread(Function<Notices, SessionModel> model, Ticker ticker, int speed,
            Function<SessionModel, Optional<Outcome>> start, Output output) {
        this.model = model.apply(this::notice);
        this.ticker = ticker;
        this.speed = speed;
        this.output = Objects.requireNonNull(output, "output");
        this.thread = new Thread(this::run, "hangtime-session");
        // The window and the shutdown hook end it; it must never keep the program alive by itself.
        thread.setDaemon(true);
        inbox.add(start);
    }

    /** Starts the thread: it prepares the session and shows its first screen. */
    public void start() {
        thread.start();
    }

    @Override
    public void key(Key key) {
        inbox.add(m -> m.key(key));
    }

    @Override
    public void command(Command command) {
        inbox.add(m -> m.command(command));
    }

    @Override
    public void answerStop(boolean yes) {
        inbox.add(m -> m.answerStop(yes));
    }

    @Override
    public void requestClose() {
        inbox.add(SessionModel::requestClose);
    }

    /** Something the user should know, from whichever thread found it. */
    public void notice(Notice notice) {
        inbox.add(m -> {
            m.notice(notice);
            return Optional.empty();
        });
    }

    /**
     * The program is ending: interrupts the session (the journal hears it first) and waits at most {@code max}
     * for sound and journal to be let go. For a shutdown hook.
     *
     * @return how the session ended, if it has been left by now
     */
    public Optional<Outcome> interruptAndWait(Duration max) {
        inbox.add(m -> Optional.of(m.interrupt()));
        try {
            ended.await(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return outcome;
    }

    /** Whether the session has been left and the thread is done. */
    public boolean isOver() {
        return ended.getCount() == 0;
    }

    /**
     * Real nanoseconds from {@code now} until {@code at}, both ticker readings of a ticker {@code speed} times
     * faster than real time; rounded up, so that the wake is never early. 0 when it has passed.
     */
    static long realNanosUntil(long at, long now, int speed) {
        long tickerNanos = Math.max(0, at - now);
        return (tickerNanos + speed - 1) / speed;
    }

    private void run() {
        Screen shown = null;
        try {
            while (outcome.isEmpty()) {
                OptionalLong wake = model.nextWake();
                Function<SessionModel, Optional<Outcome>> task = next(wake);
                long due = task == null ? wake.getAsLong() : ticker.read();
                if (task != null) {
                    outcome = task.apply(model);
                }
                if (outcome.isEmpty()) {
                    model.update();
                    Screen screen = model.screen();
                    if (!screen.equals(shown)) {
                        shown = screen;
                        output.show(screen, due);
                    }
                }
            }
        } catch (InterruptedException e) {
            outcome = Optional.of(model.interrupt());
        } finally {
            // Also after a failure, which the thread's handler reports: the journal and the sound are let go.
            model.release();
            ended.countDown();
            output.left(outcome.orElse(Outcome.INTERRUPTED));
        }
    }

    /** The next task, or null when the wake is due first. */
    private Function<SessionModel, Optional<Outcome>> next(OptionalLong wake) throws InterruptedException {
        if (wake.isEmpty()) {
            return inbox.take();
        }
        long sleep = realNanosUntil(wake.getAsLong(), ticker.read(), speed);
        return sleep == 0 ? inbox.poll() : inbox.poll(sleep, TimeUnit.NANOSECONDS);
    }
}
