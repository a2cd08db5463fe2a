package dev.hangtime.tui.cli;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.tui.run.InputReader;
import dev.hangtime.tui.run.SessionLoop;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Runs a session line by line, as {@code run} and {@code resume} do without a terminal to take over. */
final class LineByLine {

    /** How long Ctrl-C waits for the session to be wound up before the process ends anyway. */
    private static final long INTERRUPT_GRACE_MILLIS = 2000;

    private LineByLine() {
    }

    /**
     * Runs {@code session} from its start with commands read from standard input, until it ends.
     *
     * @param services what is attached to the session already: its sound and journal
     * @return the exit status: 0 completed, 3 stopped, 130 Ctrl-C
     */
    static int run(Console console, Timeline timeline, Session session, Ticker ticker, int speed,
            SessionServices services) throws InterruptedException {
        return run(console, controller(timeline, session, ticker, services), ticker, speed, text -> { });
    }

    /**
     * As {@link #run(Console, Timeline, Session, Ticker, int, SessionServices)}, with what the safety screen
     * settled for the session, and {@code say} to print what {@code i} asks for.
     */
    static int run(Console console, Timeline timeline, Session session, Ticker ticker, int speed,
            SessionServices services, SessionSafety safety, Consumer<String> say) throws InterruptedException {
        SessionController controller = controller(timeline, session, ticker, services);
        controller.safety(safety);
        // The routine's warnings, as the session screen shows them before the start: a routine planned past a
        // limit runs, saying so first.
        controller.view().warnings().forEach(w -> console.err().println("hangtime: " + SafeText.line(w)));
        return run(console, controller, ticker, speed, say);
    }

    /**
     * Runs {@code session} from segment {@code index}, {@code already} of it done, as a session picked up after a
     * cut-off goes on, with commands read from standard input, until it ends.
     */
    static int runFrom(Console console, Timeline timeline, Session session, Ticker ticker, SessionServices services,
            int index, Duration already) throws InterruptedException {
        SessionController controller = controller(timeline, session, ticker, services);
        controller.startAt(index, already);
        return run(console, controller, ticker, 1, text -> { });
    }

    private static SessionController controller(Timeline timeline, Session session, Ticker ticker,
            SessionServices services) {
        // The services report on standard error themselves; the bell stands in for the sound already.
        return new SessionController(timeline, session, ticker, (t, s, k, standIn, notices) -> services,
                StandIn.NONE, Notices.NONE);
    }

    private static int run(Console console, SessionController controller, Ticker ticker, int speed,
            Consumer<String> say) throws InterruptedException {
        SessionLoop loop = new SessionLoop(controller, ticker, speed, () -> console.err().println(
                "hangtime: standard input has ended, so nobody can say done to this step; stopping the session."
                        + " Run it in a terminal, or pipe in an empty line for each step that waits."), say);
        if (console.interactive()) {
            // A person at a terminal is asked for the pain after, as on the session screen; a script is not.
            loop.askingPainAfter(console.out());
        }
        InputReader.start(console.in(), loop, console.err());
        return runWithInterrupt(loop).exitStatus();
    }

    /**
     * Runs the loop. Ctrl-C (SIGINT) is the user stopping at once: the loop stops the session, kept as stopped,
     * prints its end and returns, and the command ends with status 130. Any other way the process is ended
     * (SIGTERM, a closed terminal) is a cut-off: the loop tells the journal first, so that it keeps the session as
     * interrupted and it can be picked up again, before the process ends.
     */
    private static Outcome runWithInterrupt(SessionLoop loop) throws InterruptedException {
        AtomicBoolean over = new AtomicBoolean();
        Runnable restoreCtrlC = CtrlC.onEach(() -> loop.post(Command.INTERRUPT));
        Thread hook = new Thread(() -> {
            if (!over.get()) {
                loop.post(Command.CUT_OFF);
                try {
                    loop.awaitEnd(INTERRUPT_GRACE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "hangtime-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return loop.run();
        } finally {
            over.set(true);
            restoreCtrlC.run();
        }
    }
}
