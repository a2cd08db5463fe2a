package dev.hangtime.routines.safety;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.routines.session.JournalSetup;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The safety answer as a front end asks for it: read from the journal the first time it is needed (never before
 * the first screen), kept in memory after, and written to the journal when a new one is given.
 */
public final class JournalSafetyAnswers implements SafetyAnswers {

    private final Supplier<JournalSetup> journals;
    private final Supplier<String> alternatives;
    private final Notices notices;
    private Optional<SafetyAnswer> kept;

    /**
     * @param journals the journal, asked for the first time the answer is needed
     * @param alternatives the routines and plans without inversion, in a sentence ({@link Alternatives})
     * @param notices where trouble writing the journal is told
     */
    public JournalSafetyAnswers(Supplier<JournalSetup> journals, Supplier<String> alternatives, Notices notices) {
        this.journals = journals;
        this.alternatives = alternatives;
        this.notices = notices;
    }

    @Override
    public synchronized Optional<SafetyAnswer> kept() {
        if (kept == null) {
            kept = SafetyRecords.latest(journals.get().history());
        }
        return kept;
    }

    @Override
    public synchronized boolean keep(SafetyAnswer.Answer answer) {
        kept = Optional.of(new SafetyAnswer(answer, today(), SafetyList.VERSION));
        return SafetyRecords.keep(journals.get(), answer, notices);
    }

    /** Read afresh: a session may have ended since the answer was first read. */
    @Override
    public boolean lastSessionRose() {
        return PainReadings.lastSessionRose(journals.get().history());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(journals.get().clock());
    }

    @Override
    public String alternatives() {
        return alternatives.get();
    }
}
