package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.FullScreenApp;
import dev.hangtime.tui.screen.PainScores;
import dev.hangtime.tui.screen.SessionExtras;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** How the commands open the full-screen app: every session it runs gets its sound and journal. */
final class FullScreen {

    private FullScreen() {
    }

    /**
     * Options for the app: the user's cue settings on every routine, and sound and journal for each session,
     * which report through the screen, since nothing may be printed while the app has it.
     *
     * @param entries finds the library entry of a timeline's routine id, for the journal
     */
    static FullScreenApp.Options options(Console console, Settings settings, int speed, boolean mute,
            OptionalInt painBefore, Function<String, Optional<LibraryEntry>> entries) {
        return FullScreenApp.Options.defaults()
                .withSpeed(speed)
                .withRoutines(routine -> RunCommand.withCueDefaults(routine, settings.cueDefaults()))
                .withSetup((timeline, session, ticker, screen) -> {
                    LibraryEntry entry = entry(timeline, entries);
                    Companions companions = Companions.attach(console, settings, entry, session, ticker, speed, mute,
                            painBefore, screen::notice, screen::flash, (cue, at) -> { });
                    return extras(companions, painBefore.isEmpty());
                });
    }

    /** What the screen must know of a session's companions; it asks for the pain before only if {@code asksBefore}. */
    private static SessionExtras extras(Companions companions, boolean asksBefore) {
        return new SessionExtras(Optional.of(companions.sound().cues()), companions::interrupted, companions::close,
                companions.journal().map(journal -> PainScores.journal(journal, asksBefore)));
    }

    private static LibraryEntry entry(Timeline timeline, Function<String, Optional<LibraryEntry>> entries) {
        return entries.apply(timeline.routine().id()).orElseThrow(() -> new IllegalStateException(
                "the app ran a routine the library does not have: " + timeline.routine().id()));
    }
}
