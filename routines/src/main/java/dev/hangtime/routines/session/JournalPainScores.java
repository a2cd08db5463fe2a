package dev.hangtime.routines.session;

import dev.hangtime.core.control.PainScores;
import dev.hangtime.routines.journal.SessionJournal;
import java.util.Optional;
import java.util.OptionalInt;

/** Pain scores kept in a session's journal: before the session in its start line, after it in a pain line. */
public final class JournalPainScores implements PainScores {

    private final SessionJournal journal;
    private final boolean asksBefore;

    /**
     * @param asksBefore whether to ask before the start; false for a session being continued, whose score before
     *     was given when it first started, and when the command line gave it
     */
    public JournalPainScores(SessionJournal journal, boolean asksBefore) {
        this.journal = journal;
        this.asksBefore = asksBefore;
    }

    @Override
    public boolean asksBefore() {
        return asksBefore;
    }

    @Override
    public void before(int score) {
        journal.painBefore(OptionalInt.of(score));
    }

    /** Keeps the score in a pain line with no note. */
    @Override
    public boolean after(int score) {
        return journal.painAfter(OptionalInt.of(score), Optional.empty());
    }
}
