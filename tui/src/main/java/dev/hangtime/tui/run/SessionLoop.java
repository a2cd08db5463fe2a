package dev.hangtime.tui.run;

import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.Ticker;
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
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    /**
     * @param ticker the ticker the session reads
     * @param speed how many times faster than real time that ticker runs
     * @param onWaitWithoutInput called when a manual step waits but standard input has ended, just before
     *     the loop stops the session, since nobody is left to say done
     */
    public SessionLoop(Session session, Ticker ticker, int speed, Runnable onWaitWithoutInput) {
        this.session = session;
        this.ticker = ticker;
        this.speed = speed;
        this.onWaitWithoutInput = onWaitWithoutInput;
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

    /** The next command, or null when something in the session comes due first. */
    private Command next() throws InterruptedException {
        OptionalLong due = session.nextDue();
        if (due.isEmpty()) {
            return commands.take();
        }
        long wait = (due.getAsLong() - ticker.read()) / speed;
        return wait <= 0 ? commands.poll() : commands.poll(wait, TimeUnit.NANOSECONDS);
    }
}
