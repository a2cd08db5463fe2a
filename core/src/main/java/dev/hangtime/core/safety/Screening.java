package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.util.Optional;

/** Where the user stands with the safety screen on a given day. */
public enum Screening {
    /** Never answered, or the answer was forgotten: asked before the next inversion. */
    UNANSWERED,
    /** Answered more than {@link SafetyList#ASKED_AGAIN_AFTER} ago: asked again. */
    EXPIRED,
    /** Answered to an earlier version of the list: asked again. */
    LIST_CHANGED,
    /** None applies, and a doctor approved: inversion runs, with a short check before it. */
    CLEAR,
    /** Something applies: inversion steps are left out. */
    SOMETHING_APPLIES;

    /** Where {@code kept}, the latest answer if any, leaves the user on {@code today}. */
    public static Screening of(Optional<SafetyAnswer> kept, LocalDate today) {
        if (kept.isEmpty()) {
            return UNANSWERED;
        }
        SafetyAnswer answer = kept.get();
        if (answer.list() != SafetyList.VERSION) {
            return LIST_CHANGED;
        }
        if (!today.isBefore(answer.asksAgainOn())) {
            return EXPIRED;
        }
        return answer.answer() == SafetyAnswer.Answer.NONE_APPLIES ? CLEAR : SOMETHING_APPLIES;
    }

    /** Whether the screen must be shown before the next inversion. */
    public boolean asks() {
        return this == UNANSWERED || this == EXPIRED || this == LIST_CHANGED;
    }
}
