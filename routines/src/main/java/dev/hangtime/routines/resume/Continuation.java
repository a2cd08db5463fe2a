package dev.hangtime.routines.resume;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Timeline;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a session picked up after a cut-off goes on: a run from a segment, with part of it done already; or
 * nothing, when the time the pack stayed on finished the last step, and the session is complete already.
 */
public final class Continuation {

    private final Optional<Timeline> timeline;
    private final int index;
    private final Duration already;
    private final SessionSetup setup;
    private final String message;

    private Continuation(Optional<Timeline> timeline, int index, Duration already, SessionSetup setup,
            String message) {
        this.timeline = timeline;
        this.index = index;
        this.already = already;
        this.setup = setup;
        this.message = message;
    }

    /**
     * The session goes on at segment {@code index} of {@code timeline}, {@code already} of it done.
     *
     * @param setup readies the new run: its journal goes on under the session's id, with its sound
     */
    public static Continuation run(Timeline timeline, int index, Duration already, SessionSetup setup) {
        Objects.checkIndex(index, timeline.segments().size());
        return new Continuation(Optional.of(timeline), index, Objects.requireNonNull(already, "already"),
                Objects.requireNonNull(setup, "setup"), "");
    }

    /** Nothing is left to run: {@code message} says so, and whether it was kept. */
    public static Continuation finished(String message) {
        return new Continuation(Optional.empty(), 0, Duration.ZERO, SessionSetup.NONE, message);
    }

    /** The timeline to run; empty when nothing is left. */
    public Optional<Timeline> timeline() {
        return timeline;
    }

    public int index() {
        return index;
    }

    public Duration already() {
        return already;
    }

    public SessionSetup setup() {
        return setup;
    }

    public String message() {
        return message;
    }
}
