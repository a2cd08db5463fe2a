package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a front end finds the user's answer to the safety screen and keeps a new one: in practice the journal,
 * which the shared layer on disk reads and writes. Called on the front end's thread.
 */
public interface SafetyAnswers {

    /** The answer in force, if any. May read the disk the first time. */
    Optional<SafetyAnswer> kept();

    /**
     * Keeps {@code answer}, given today: it is in force from now on, even if it could not be written.
     *
     * @return whether it reached the disk; if not, the screen comes back next time
     */
    boolean keep(SafetyAnswer.Answer answer);

    /** Today, where the user is: answers are dated and expire by the day. */
    LocalDate today();

    /** The routines and plans without inversion, in a sentence, to offer instead of inversion. */
    String alternatives();

    /**
     * Whether the latest session with both pain scores raised the pain by 2 or more: a second such session in a
     * row is a red flag. May read the disk, each time; asked only when a session's pain has just risen so.
     */
    default boolean lastSessionRose() {
        return false;
    }

    /** Where the user stands today. */
    default Screening screening() {
        return Screening.of(kept(), today());
    }
}
