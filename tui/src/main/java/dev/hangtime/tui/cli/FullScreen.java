package dev.hangtime.tui.cli;

import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.resume.Resumable;
import dev.hangtime.routines.resume.Resumption;
import dev.hangtime.routines.session.SoundAndJournal;
import dev.hangtime.routines.sound.CueSoundFactory;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.FullScreenApp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/** How the commands open the full-screen app: every session it runs gets its sound and journal. */
final class FullScreen {

    private FullScreen() {
    }

    /**
     * Options for the app: the user's cue settings on every routine, sound and journal for each session,
     * which report through the screen, since nothing may be printed while the app has it, and the journal the
     * history reads.
     *
     * @param clock the wall clock that stamps the journal, looked up when the first session is readied
     * @param entries finds the library entry of a timeline's routine id, for the journal
     */
    static FullScreenApp.Options options(Console console, Supplier<Clock> clock, Settings settings, int speed,
            boolean mute, OptionalInt painBefore, Function<String, Optional<LibraryEntry>> entries) {
        return options(console, clock, settings, speed, mute, painBefore, entries, Optional.empty());
    }

    /** The same, for a session run for a plan: its journal names the plan and day. */
    static FullScreenApp.Options options(Console console, Supplier<Clock> clock, Settings settings, int speed,
            boolean mute, OptionalInt painBefore, Function<String, Optional<LibraryEntry>> entries,
            Optional<PlanTag> plan) {
        return FullScreenApp.Options.defaults()
                .withSpeed(speed)
                .withJournal(console.paths().journal())
                .withRoutines(routine -> routine.withCueDefaults(settings.cueDefaults()))
                .withSetup(SoundAndJournal.setup(() -> console.journals(clock.get()),
                        CueSoundFactory.line(settings, mute), speed, painBefore, entries, plan));
    }

    /**
     * Searches the journal for a session to offer at start-up, saying nothing: the app has the screen by then,
     * and {@code hangtime resume} and {@code hangtime history} tell what is wrong with the journal.
     */
    static Optional<Resumable> offer(Console console, Clock clock, RoutineLibrary library, Settings settings) {
        var journals = console.journals(clock);
        return Resumption.find(journals, journals.history(), () -> library, () -> settings).found()
                .map(Resumable.class::cast);
    }
}
