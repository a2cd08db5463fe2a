package dev.hangtime.core.safety;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import java.util.Optional;

/**
 * What becomes of a session before it starts, given where the user stands with the safety screen: a routine
 * without inversion runs as it is; one with inversion asks the safety questions first when they are unanswered
 * or out of date, runs with a short safety check once none applies, and runs without its inversion (or not at
 * all) once something does. Both front ends ask it, so that neither can run an inversion the other would not.
 */
public final class SafetyGate {

    /** What to do. */
    public enum Kind {
        /** Run {@link Decision#timeline()}. */
        RUN,
        /** Show the safety screen first, then decide again. */
        ASK,
        /** Run {@link Decision#timeline()}, the routine without its inversion, saying {@link Decision#why()}. */
        WITHOUT_INVERSION,
        /** Run nothing: the routine is all inversion. Say {@link Decision#why()} and offer the alternatives. */
        NOTHING_LEFT
    }

    /**
     * @param timeline what to run, for {@link Kind#RUN} and {@link Kind#WITHOUT_INVERSION}
     * @param safety what the session's controller is told
     * @param why what to tell the user, for {@link Kind#WITHOUT_INVERSION} and {@link Kind#NOTHING_LEFT}
     */
    public record Decision(Kind kind, Optional<Timeline> timeline, SessionSafety safety, Optional<String> why) {
    }

    private SafetyGate() {
    }

    /** What to do with a session of {@code timeline}, the user standing at {@code screening}. */
    public static Decision decide(Timeline timeline, Screening screening) {
        Routine routine = timeline.routine();
        if (!InversionFilter.inverts(routine)) {
            return new Decision(Kind.RUN, Optional.of(timeline), SessionSafety.NONE, Optional.empty());
        }
        if (screening.asks()) {
            return new Decision(Kind.ASK, Optional.empty(), SessionSafety.NONE, Optional.empty());
        }
        if (screening == Screening.CLEAR) {
            return new Decision(Kind.RUN, Optional.of(timeline), new SessionSafety(true,
                    ShortCheck.shortTexts(timeline)), Optional.empty());
        }
        Optional<Routine> rest = InversionFilter.without(routine);
        if (rest.isEmpty()) {
            return new Decision(Kind.NOTHING_LEFT, Optional.empty(), SessionSafety.NONE, Optional.of(routine.name()
                    + " is all inversion, and you said that something on the inversion safety list applies to"
                    + " you, so it does not run."));
        }
        return new Decision(Kind.WITHOUT_INVERSION, Optional.of(Expansion.expand(rest.get())), SessionSafety.NONE,
                Optional.of("Inversion steps left out: you said that something on the inversion safety list"
                        + " applies to you."));
    }
}
