package dev.hangtime.tui.cli;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.plan.DueSession;
import dev.hangtime.routines.plan.PlanDay;
import dev.hangtime.routines.plan.PlanLibrary;
import dev.hangtime.routines.plan.PlanState;
import dev.hangtime.routines.plan.PlanText;
import dev.hangtime.routines.session.SoundAndJournal;
import dev.hangtime.routines.sound.CueSoundFactory;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.TodayItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** The library's Today section, as the app asks for it: the sessions due today, each ready to run. */
final class TodayItems {

    private TodayItems() {
    }

    /**
     * Finds today's sessions in the journal of {@code console}, each with the week's values, the user's cue
     * settings, and a sound and journal that name its plan and day. It prints nothing.
     */
    static Supplier<List<TodayItem>> of(Console console, Supplier<Clock> clock, Supplier<RoutineLibrary> library,
            Settings settings) {
        return () -> {
            Clock now = clock.get();
            History history = console.journals(now).history();
            if (history.planEvents().isEmpty()) {
                return List.of();
            }
            RoutineLibrary routines = library.get();
            PlanState state = PlanState.of(history, PlanLibrary.load(console.paths(), routines), LocalDate.now(now));
            List<TodayItem> items = new ArrayList<>();
            for (DueSession due : DueSession.today(state, routines)) {
                PlanDay day = due.day();
                Timeline timeline = Expansion.expand(day.entry().routine().withCueDefaults(settings.cueDefaults()));
                SessionSetup setup = SoundAndJournal.setup(() -> console.journals(clock.get()),
                        CueSoundFactory.line(settings, false), 1, OptionalInt.empty(), id -> Optional.of(day.entry()), Optional.of(day.tag()));
                items.add(new TodayItem(due.run().entry().plan().name() + ", week " + due.run().progress().week(),
                        PlanText.session(day), PlanText.state(due.state()), timeline, setup, day.limits()));
            }
            return items;
        };
    }
}
