package dev.hangtime.tui.cli;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.tui.run.Command;
import dev.hangtime.tui.run.InputReader;
import dev.hangtime.tui.run.Outcome;
import dev.hangtime.tui.run.SessionLoop;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs a session line by line, as {@code run} and {@code resume} do without a terminal to take over. */
final class LineByLine {

    /** How long Ctrl-C waits for the session to be wound up before the process ends anyway. */
    private static final long INTERRUPT_GRACE_MILLIS = 2000;

    private LineByLine() {
    }

    /**
     * Runs {@code session} (started already, or started here) with commands read from standard input, until
     * it ends.
     *
     * @param onInterrupt told first when Ctrl-C ends the session
     * @return the exit status: 0 completed, 3 stopped, 130 Ctrl-C
     */
    static int run(Console console, Session session, Ticker ticker, int speed, SessionCues cues,
            Runnable onInterrupt) throws InterruptedException {
        SessionLoop loop = new SessionLoop(session, ticker, speed, () -> console.err().println(
                "hangtime: standard input has ended, so nobody can say done to this step; stopping the session."
                        + " Run it in a terminal, or pipe in an empty line for each step that waits."),
                Optional.of(cues));
        InputReader.start(console.in(), loop, console.err());
        return runWithInterrupt(loop, onInterrupt).exitStatus();
    }

    /**
     * Runs the loop; on Ctrl-C, has the loop stop the session and print its end before the process exits.
     *
     * @param onInterrupt told first, so that the journal keeps the session as interrupted rather than stopped
     */
    private static Outcome runWithInterrupt(SessionLoop loop, Runnable onInterrupt) throws InterruptedException {
        AtomicBoolean over = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!over.get()) {
                onInterrupt.run();
                loop.post(Command.INTERRUPT);
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
        }
    }
}
