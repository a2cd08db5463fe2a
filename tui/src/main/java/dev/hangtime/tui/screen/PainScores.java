package dev.hangtime.tui.screen;

import dev.hangtime.routines.journal.SessionJournal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the session screen keeps the pain scores the user gives, 0–10: the session's journal. The screen asks
 * before the start (when {@link #asksBefore}) and on the end page, and calls these on its own thread.
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

    /**
     * The scores kept in {@code journal}: before the session in its start line, after it in a pain line with no
     * note.
     *
     * @param asksBefore whether to ask before the start; false for a session being continued, whose score before
     *     was given when it first started, and when the command line gave it
     */
    static PainScores journal(SessionJournal journal, boolean asksBefore) {
        return new PainScores() {
            @Override
            public boolean asksBefore() {
                return asksBefore;
            }

            @Override
            public void before(int score) {
                journal.painBefore(OptionalInt.of(score));
            }

            @Override
            public boolean after(int score) {
                return journal.painAfter(OptionalInt.of(score), Optional.empty());
            }
        };
    }
}
