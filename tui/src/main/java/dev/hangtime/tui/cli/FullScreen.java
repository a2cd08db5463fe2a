package dev.hangtime.tui.cli;

import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.journal.CutOff;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.Continuation;
import dev.hangtime.tui.screen.FullScreenApp;
import dev.hangtime.tui.screen.Resumable;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

/** How the commands open the full-screen app: every session it runs gets its sound and journal. */
final class FullScreen {

    private FullScreen() {
    }

    /**
     * Options for the app: the user's cue settings on every routine, sound and journal for each session,
     * which report through the screen, since nothing may be printed while the app has it, and the journal the
     * history reads.
     *
     * @param entries finds the library entry of a timeline's routine id, for the journal
     */
    static FullScreenApp.Options options(Console console, Settings settings, int speed, boolean mute,
            OptionalInt painBefore, Function<String, Optional<LibraryEntry>> entries) {
        return FullScreenApp.Options.defaults()
                .withSpeed(speed)
                .withJournal(HangtimePaths.of(console.environment(), console.userHome()).journal())
                .withRoutines(routine -> RunCommand.withCueDefaults(routine, settings.cueDefaults()))
                .withSetup((timeline, session, ticker, standIn, notices) -> Companions.attach(console, settings,
                        entry(timeline, entries), session, ticker, speed, mute, painBefore, toScreen(notices), standIn,
                        (cue, at) -> { }));
    }

    /** Lines for the screen's foot, which shows each without the program's name. */
    private static Consumer<String> toScreen(Notices notices) {
        return line -> notices.tell(new Notice(Notice.Topic.SESSION, line.replaceFirst("^hangtime: ", "")));
    }

    /**
     * The app's side of picking up {@code resumption}: its wording, its pack question, and the new run's sound
     * and journal, which go on under the session's id.
     */
    static Resumable resumable(Console console, Resumption resumption) {
        return new Resumable() {
            @Override
            public String summary() {
                return resumption.summary();
            }

            @Override
            public Optional<String> packQuestion() {
                return resumption.packKind().map(ResumeText::packQuestion);
            }

            @Override
            public Continuation goOn(Optional<Boolean> packStayedOn) {
                ResumePlan plan = resumption.plan(packStayedOn);
                Clock clock = resumption.clock();
                if (plan.nothingLeft()) {
                    // Trouble with the journal cannot be printed while the app has the screen: the answer says it.
                    JournalWriter writer = new JournalSetup(console, clock).writer("", trouble -> { });
                    boolean kept = Resumption.completeWithoutRunning(writer, clock, plan);
                    return Continuation.finished(Resumption.NOTHING_LEFT
                            + (kept ? "" : " The journal could not be written, so it is not kept."));
                }
                return Continuation.run(resumption.timeline(), plan.index(), plan.already(),
                        (timeline, session, ticker, standIn, notices) -> Companions.continuing(console, clock,
                                resumption.settings(), plan, session, ticker, toScreen(notices), standIn,
                                (cue, at) -> { }));
            }

            @Override
            public boolean dismiss() {
                // The plan names the session; whatever the pack did, it is not picked up.
                CutOff cutOff = resumption.plan(resumption.packKind().map(kind -> false)).cutOff();
                JournalWriter writer = new JournalSetup(console, resumption.clock()).writer("", trouble -> { });
                try {
                    return SessionJournal.dismiss(writer, resumption.clock(), cutOff);
                } finally {
                    writer.close();
                }
            }
        };
    }

    /**
     * Searches the journal for a session to offer at start-up, saying nothing: the app has the screen by then,
     * and {@code hangtime resume} and {@code hangtime history} tell what is wrong with the journal.
     */
    static Optional<Resumable> offer(Console console, RoutineLibrary library, Settings settings) {
        JournalSetup setup = new JournalSetup(console, Clock.systemDefaultZone());
        return Resumption.find(setup.silentHistory(), setup.device(), setup.clock(), () -> library, () -> settings)
                .found().map(resumption -> resumable(console, resumption));
    }

    private static LibraryEntry entry(Timeline timeline, Function<String, Optional<LibraryEntry>> entries) {
        return entries.apply(timeline.routine().id()).orElseThrow(() -> new IllegalStateException(
                "the app ran a routine the library does not have: " + timeline.routine().id()));
    }
}
