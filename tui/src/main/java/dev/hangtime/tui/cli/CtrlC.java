package dev.hangtime.tui.cli;

/**
 * Ctrl-C told apart from the other ways a process is ended: SIGINT is the user stopping, which a session keeps as
 * stopped, while SIGTERM or a closed terminal cut it off. Only a signal handler can tell them apart; a shutdown
 * hook runs alike for all of them.
 */
final class CtrlC {

    private CtrlC() {
    }

    /**
     * Runs {@code action} on each Ctrl-C instead of ending the process, until the returned restorer is run; where
     * the JVM will not hand SIGINT over (run with {@code -Xrs}), Ctrl-C goes on ending it through the shutdown
     * hooks, as a cut-off.
     *
     * @return puts back what Ctrl-C did before
     */
    static Runnable onEach(Runnable action) {
        sun.misc.Signal interrupt = new sun.misc.Signal("INT");
        try {
            sun.misc.SignalHandler before = sun.misc.Signal.handle(interrupt, signal -> action.run());
            return () -> sun.misc.Signal.handle(interrupt, before);
        } catch (IllegalArgumentException e) {
            return () -> { };
        }
    }
}
