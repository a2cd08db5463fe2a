package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user answered on the safety screen, on which day, to which version of the list.
 *
 * @param answer none applies, or something does
 * @param date the day it was given, in the zone it was given in
 * @param list the {@link SafetyList#VERSION} it answered
 */
public record SafetyAnswer(Answer answer, LocalDate date, int list) {

    /** The two answers the screen takes. */
    public enum Answer {
        /** None of the conditions applies, and a doctor approved inversion. */
        NONE_APPLIES,
        /** Something on the list applies, or the user is not sure. */
        SOMETHING_APPLIES
    }

    public SafetyAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(date, "date");
    }

    /** The first day on which the questions are asked again. */
    public LocalDate asksAgainOn() {
        return date.plus(SafetyList.ASKED_AGAIN_AFTER);
    }
}
