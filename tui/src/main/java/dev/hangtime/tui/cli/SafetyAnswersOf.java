package dev.hangtime.tui.cli;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.plan.PlanLibrary;
import dev.hangtime.routines.safety.JournalSafetyAnswers;
import java.time.Clock;
import java.util.function.Supplier;

/** The user's safety answer, as the commands read and keep it: in the journal of this console's home. */
final class SafetyAnswersOf {

    private SafetyAnswersOf() {
    }

    /**
     * @param library the routines to offer instead of inversion, asked for only when an offer is made
     * @param notices where trouble writing the journal is told
     */
    static SafetyAnswers console(Console console, Supplier<Clock> clock, Supplier<RoutineLibrary> library,
            Notices notices) {
        return new JournalSafetyAnswers(() -> console.journals(clock.get()),
                () -> PlanLibrary.alternativesToInversion(console.paths(), library.get()), notices);
    }
}
