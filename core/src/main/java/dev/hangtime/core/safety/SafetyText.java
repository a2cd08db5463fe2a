package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The words both front ends use about the safety screen and the answer kept. */
public final class SafetyText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Said on the session when the answer just given could not be written. */
    public static final String NOT_KEPT = "Your answer could not be kept (the journal cannot be written): Hangtime"
            + " asks again next time.";

    /** Follows what the safety answer changed about a session: how to change the answer. */
    public static final String HOW_TO_CHANGE = " (hangtime safety changes your answer)";

    /** Under a routine that did not run at all, as the answer leaves nothing of it. */
    public static final String HOW_TO_SEE_OR_RESET = "hangtime safety shows your answer, and hangtime safety --reset"
            + " forgets it.";

    private SafetyText() {
    }

    /** Why the safety screen is shown, in a few words: "before your first inversion". */
    public static String askedBecause(Screening screening) {
        switch (screening) {
            case EXPIRED:
                return "asked again: your answer is over 6 months old";
            case LIST_CHANGED:
                return "asked again: the list has changed";
            default:
                return "before your first inversion";
        }
    }

    /** A day as the safety texts say it: "2 March 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Where the user stands, in a sentence or two. */
    public static String status(Optional<SafetyAnswer> kept, LocalDate today) {
        Screening screening = Screening.of(kept, today);
        switch (screening) {
            case UNANSWERED:
                return "Not answered yet: Hangtime asks before your first session with inversion.";
            case LIST_CHANGED:
                return "Answered on " + day(kept.get().date()) + " to an earlier version of this list: Hangtime asks"
                        + " again before your next session with inversion.";
            case EXPIRED:
                return "Answered on " + day(kept.get().date()) + ", more than 6 months ago: Hangtime asks again"
                        + " before your next session with inversion.";
            case CLEAR:
                return "On " + day(kept.get().date()) + " you said that none of these applies to you and that a"
                        + " doctor has approved inversion for you. Hangtime asks again from "
                        + day(kept.get().asksAgainOn()) + ".";
            case SOMETHING_APPLIES:
                return "On " + day(kept.get().date()) + " you said that something on this list applies to you:"
                        + " routines run without their inversion steps. Hangtime asks again from "
                        + day(kept.get().asksAgainOn()) + ".";
            default:
                throw new AssertionError(screening);
        }
    }
}
