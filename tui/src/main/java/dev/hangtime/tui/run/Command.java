package dev.hangtime.tui.run;

import dev.hangtime.core.session.Session;
import java.time.Duration;
import java.util.Optional;

/** What the user (or the system) asks of a running session. */
public enum Command {
    TOGGLE, DONE, SKIP, BACK, ADD_TIME, STOP,
    /** Ctrl-C: stop at once, and end with status 130. */
    INTERRUPT,
    /** Standard input has ended: no more commands will come. */
    INPUT_CLOSED;

    /** What "+" adds. */
    public static final Duration ADDED_TIME = Duration.ofSeconds(30);

    /** The command a line of plain-mode input stands for, as cli.md defines them. */
    public static Optional<Command> ofLine(String line) {
        switch (line.strip()) {
            case "": return Optional.of(DONE);
            case "p": return Optional.of(TOGGLE);
            case "n": return Optional.of(SKIP);
            case "b": return Optional.of(BACK);
            case "+": return Optional.of(ADD_TIME);
            case "q": return Optional.of(STOP);
            default: return Optional.empty();
        }
    }

    /** Carries the command out on {@code session}; INTERRUPT and INPUT_CLOSED are the loop's to handle. */
    void applyTo(Session session) {
        switch (this) {
            case TOGGLE: session.toggle(); break;
            case DONE: session.done(); break;
            case SKIP: session.skip(); break;
            case BACK: session.back(); break;
            case ADD_TIME: session.addTime(ADDED_TIME); break;
            case STOP: case INTERRUPT: session.stop(); break;
            case INPUT_CLOSED: break;
            default: throw new AssertionError(this);
        }
    }
}
