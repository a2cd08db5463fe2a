package dev.hangtime.core.control;

/**
 * Where a session's pain scores go once given, 0–10: in practice the session's journal. The controller asks
 * before the start (when {@link #asksBefore}) and after the end, and calls these on the front end's thread.
 */
public interface PainScores {

    /** Whether to ask before the session starts: not when the score was given on the command line already. */
    boolean asksBefore();

    /** Keeps the score given before the session; called only before it starts. */
    void before(int score);

    /**
     * Keeps the score given after the session; called only once it has ended.
     *
     * @return whether it reached the disk
     */
    boolean after(int score);
}
