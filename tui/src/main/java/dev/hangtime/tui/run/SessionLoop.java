package dev.hangtime.tui.run;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.Ticker;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives a session line by line on the calling thread: sleeps until the controller says something is due or a
 * command arrives, and never wakes otherwise. Commands may be posted from any thread. Unlike the session
 * screen, {@code q} stops at once: a line typed and entered is already deliberate.
 */
public final class SessionLoop {

    private final SessionController controller;
    private final Ticker ticker;
    private final int speed;
    private final Runnable onWaitWithoutInput;
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    /** What arrives from the input thread, in the order it was read. */
    private sealed interface Input permits Given, InputEnded {
    }

    /** A command typed or sent. */
    private record Given(Command command) implements Input {
    }

    /** Standard input has ended: after the commands read before it, no more will come. */
    private enum InputEnded implements Input { AT_END }

    /**
     * @param controller the session, its services attached
     * @param ticker the ticker the session reads
     * @param speed how many times faster than real time that ticker runs
     * @param onWaitWithoutInput called when a manual step waits but standard input has ended, just before
     *     the loop stops the session, since nobody is left to say done
     */
    public SessionLoop(SessionController controller, Ticker ticker, int speed, Runnable onWaitWithoutInput) {
        this.controller = controller;
        this.ticker = ticker;
        this.speed = speed;
        this.onWaitWithoutInput = onWaitWithoutInput;
    }

    /** Queues a command for the loop's thread. */
    public void post(Command command) {
        inputs.add(new Given(command));
    }

    /** Standard input has ended: no more commands will come. */
    public void inputClosed() {
        inputs.add(InputEnded.AT_END);
    }

    /** Starts the session, unless it was started already, and runs it to its end. */
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
        controller.prepare();
        if (controller.state() == SessionState.READY) {
            controller.command(Command.TOGGLE);
        }
        while (true) {
            controller.update();
            if (controller.end().isPresent()) {
                return controller.end().get().outcome();
            }
            if (inputClosed && controller.state() == SessionState.WAITING) {
                onWaitWithoutInput.run();
                controller.stop();
                return Outcome.STOPPED;
            }
            Input input = next();
            if (input == InputEnded.AT_END) {
                inputClosed = true;
            } else if (input != null) {
                Command command = ((Given) input).command();
                if (command == Command.INTERRUPT) {
                    return controller.stopAtOnce();
                }
                if (command == Command.CUT_OFF) {
                    return controller.interrupt();
                }
                if (command == Command.STOP) {
                    controller.stop();
                } else {
                    controller.command(command);
                }
            }
        }
    }

    /** The next input, or null when something in the session or a cue comes due first. */
    private Input next() throws InterruptedException {
        OptionalLong due = controller.nextDue();
        if (due.isEmpty()) {
            return inputs.take();
        }
        long wait = (due.getAsLong() - ticker.read()) / speed;
        return wait <= 0 ? inputs.poll() : inputs.poll(wait, TimeUnit.NANOSECONDS);
    }
}
