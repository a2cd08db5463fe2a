package dev.hangtime.routines.safety;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.SafetyRecord;
import dev.hangtime.routines.session.JournalSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The answer to the safety screen, kept in the journal: a {@code safety} line each time it is given or forgotten.
 * The journal is where it belongs, rather than the settings: it is only ever appended to, so an answer cannot be
 * lost to a settings file rewritten by another program or by hand; it keeps the date each answer was given, which
 * the six-month expiry needs; and it merges across devices, so an answer given on the laptop holds on the desktop
 * too. The latest line, by when it was written, on any device, is the one in force.
 */
public final class SafetyRecords {

    /** How long a command waits for the line to reach the disk. */
    private static final Duration FLUSH = Duration.ofSeconds(10);

    private SafetyRecords() {
    }

    /** The answer in force in {@code history}: the latest, unless it was forgotten since. */
    public static Optional<SafetyAnswer> latest(History history) {
        if (history.safetyAnswers().isEmpty()) {
            return Optional.empty();
        }
        SafetyRecord last = history.safetyAnswers().get(0);
        switch (last.answer()) {
            case JournalLine.Safety.NONE_APPLIES:
                return Optional.of(new SafetyAnswer(SafetyAnswer.Answer.NONE_APPLIES, last.when().toLocalDate(),
                        last.list()));
            case JournalLine.Safety.SOMETHING_APPLIES:
                return Optional.of(new SafetyAnswer(SafetyAnswer.Answer.SOMETHING_APPLIES, last.when().toLocalDate(),
                        last.list()));
            default:
                return Optional.empty();
        }
    }

    /**
     * Keeps {@code answer}, to the current list, as given now.
     *
     * @return whether it reached the disk; trouble is told to {@code notices}
     */
    public static boolean keep(JournalSetup journals, SafetyAnswer.Answer answer, Notices notices) {
        return write(journals, answer == SafetyAnswer.Answer.NONE_APPLIES ? JournalLine.Safety.NONE_APPLIES
                : JournalLine.Safety.SOMETHING_APPLIES, notices);
    }

    /** Forgets the answer in force, so that the next inversion asks again. @return whether it reached the disk */
    public static boolean forget(JournalSetup journals, Notices notices) {
        return write(journals, JournalLine.Safety.FORGOTTEN, notices);
    }

    private static boolean write(JournalSetup journals, String answer, Notices notices) {
        Clock clock = journals.clock();
        try (JournalWriter writer = journals.writer("the answer was not kept", notices)) {
            writer.write(new JournalLine.Safety(UUID.randomUUID(), OffsetDateTime.now(clock), clock.getZone(),
                    SafetyList.VERSION, answer));
            return writer.flush(FLUSH) && !writer.failed();
        }
    }
}
