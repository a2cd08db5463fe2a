package dev.hangtime.routines.resume;

import java.util.Optional;

/**
 * A session that was cut off and can be picked up where it stopped, as the app offers it. The command line
 * makes it from the journal; the app only asks and says what it is told.
 */
public interface Resumable {

    /** What was running, where it stopped and how long ago, in one sentence. */
    String summary();

    /**
     * For a session cut off in a heat or ice step, the question whether the pack stayed on while the program was
     * down, such as "Did the ice pack stay on while Hangtime was down?"; empty otherwise.
     */
    Optional<String> packQuestion();

    /**
     * Picks it up, counting the time down up to now.
     *
     * @param packStayedOn the answer to {@link #packQuestion}, when it was asked
     */
    Continuation goOn(Optional<Boolean> packStayedOn);

    /**
     * Forgets it for good: the journal keeps it as stopped where it was cut off, and it is never offered again.
     *
     * @return whether the journal has it
     */
    boolean dismiss();
}
