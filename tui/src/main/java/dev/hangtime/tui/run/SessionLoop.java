package dev.hangtime.tui.run;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.Ticker;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives a session on the calling thread: sleeps until the engine says something is due or a command
 * arrives, and never wakes otherwise. Commands may be posted from any thread.
 */
public final class SessionLoop {

    private final Session session;
    private final Ticker ticker;
    private final int speed;
    private final Runnable onWaitWithoutInput;
    private final Optional<SessionCues> cues;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    /**
     * @param ticker the ticker the session reads
     * @param speed how many times faster than real time that ticker runs
     * @param onWaitWithoutInput called when a manual step waits but standard input has ended, just before
     *     the loop stops the session, since nobody is left to say done
     * @param cues the session's sounds, which must be handed to the player ahead of their moments
     */
    public SessionLoop(Session session, Ticker ticker, int speed, Runnable onWaitWithoutInput,
            Optional<SessionCues> cues) {
        this.session = session;
        this.ticker = ticker;
        this.speed = speed;
        this.onWaitWithoutInput = onWaitWithoutInput;
        this.cues = cues;
    }

    /** Queues a command for the loop's thread. */
    public void post(Command command) {
        commands.add(command);
    }

    /** Starts the session and runs it to its end. */
    public Outcome run() throws InterruptedException {
        try {
            return loop();
        } finally {
            ended.countDown();
        }
    }

    /** Waits up to {@code millis} for {@link #run()} to return; for a shutdown hook that stopped the session. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    private Outcome loop() throws InterruptedException {
        boolean inputClosed = false;
        session.start();
        while (true) {
            cues.ifPresent(SessionCues::update);
            session.update();
            if (session.state().isOver()) {
                return session.state() == SessionState.FINISHED ? Outcome.COMPLETED : Outcome.STOPPED;
            }
            if (inputClosed && session.state() == SessionState.WAITING) {
                onWaitWithoutInput.run();
                session.stop();
                return Outcome.STOPPED;
            }
            Command command = next();
            if (command == null) {
                continue;
            }
            if (command == Command.INPUT_CLOSED) {
                inputClosed = true;
            }
            command.applyTo(session);
            if (command == Command.INTERRUPT) {
                return Outcome.INTERRUPTED;
            }
        }
    }

    /** The next command, or null when something in the session or a cue comes due first. */
    private Command next() throws InterruptedException {
        OptionalLong due = earliest(session.nextDue(), cues.map(SessionCues::nextDue).orElse(OptionalLong.empty()));
        if (due.isEmpty()) {
            return commands.take();
        }
        long wait = (due.getAsLong() - ticker.read()) / speed;
        return wait <= 0 ? commands.poll() : commands.poll(wait, TimeUnit.NANOSECONDS);
    }

    private static OptionalLong earliest(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
    }
}
