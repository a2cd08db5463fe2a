package dev.hangtime.tui.run;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.PainQuestion;
import dev.hangtime.core.control.PainScale;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.Ticker;
import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
    private final Consumer<String> say;
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    /** Where the pain question after the session is asked, when it is; empty when it is not asked. */
    private Optional<PrintStream> painAfterTo = Optional.empty();
    /** Set once the question is asked, from the loop's thread: lines typed from then on answer it. */
    private volatile boolean askingPain;

    /** What arrives from the input thread, in the order it was read. */
    private sealed interface Input permits Given, Answer, InputEnded {
    }

    /** A command typed or sent. */
    private record Given(Command command) implements Input {
    }

    /** A line typed in answer to the pain question after the session. */
    private record Answer(String line) implements Input {
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
        this(controller, ticker, speed, onWaitWithoutInput, text -> { });
    }

    /**
     * @param say prints what a command opened for the user to read, such as the step's full text ({@code i})
     */
    public SessionLoop(SessionController controller, Ticker ticker, int speed, Runnable onWaitWithoutInput,
            Consumer<String> say) {
        this.controller = controller;
        this.ticker = ticker;
        this.speed = speed;
        this.onWaitWithoutInput = onWaitWithoutInput;
        this.say = say;
    }

    /**
     * Asks for the pain score after a session that is kept, on {@code out}, reading the answer from the lines
     * typed, as the session screen's end page does; for a person at a terminal, not for a script.
     */
    public SessionLoop askingPainAfter(PrintStream out) {
        painAfterTo = Optional.of(out);
        return this;
    }

    /** Queues a command for the loop's thread. */
    public void post(Command command) {
        inputs.add(new Given(command));
    }

    /**
     * A line typed: a command while the session runs, the answer to the pain question after it.
     *
     * @return false for a line that is neither, which the caller says is not a command
     */
    public boolean typed(String line) {
        if (askingPain) {
            inputs.add(new Answer(line));
            return true;
        }
        Optional<Command> command = KeyMap.line(line);
        command.ifPresent(this::post);
        return command.isPresent();
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
                return inputClosed ? controller.end().get().outcome() : askPainAfter();
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
                    controller.view().overlayText().ifPresent(say);
                }
            }
        }
    }

    /**
     * Asks for the pain score after the session, if it is kept and asking is on, until it is kept, passed over
     * with an empty line, or the input ends; a score off the scale is refused with why, and asked again.
     */
    private Outcome askPainAfter() throws InterruptedException {
        Outcome outcome = controller.end().get().outcome();
        if (painAfterTo.isEmpty() || controller.painAfter().isEmpty()) {
            return outcome;
        }
        PrintStream out = painAfterTo.get();
        askingPain = true;
        while (controller.painAfter().isPresent()) {
            out.println(PainScale.QUESTION + " Type it and Enter, or Enter alone to pass.");
            out.flush();
            Input input = inputs.take();
            if (!(input instanceof Answer)) {
                // The input ended, or Ctrl-C: the question is passed over.
                break;
            }
            String answer = ((Answer) input).line().strip();
            if (!answer.matches("\\d{0,3}")) {
                out.println("Type a score from 0 to 10, or Enter alone to pass.");
                continue;
            }
            for (char c : answer.toCharArray()) {
                controller.onKey(Key.character(c));
            }
            controller.onKey(Key.of(Key.Name.ENTER));
            controller.painAfter().flatMap(PainQuestion::problem).ifPresent(out::println);
        }
        controller.painAfterLine().ifPresent(out::println);
        out.flush();
        return outcome;
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
