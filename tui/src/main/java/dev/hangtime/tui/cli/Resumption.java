package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.journal.CutOff;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A session that was cut off, found in the journal with the routine it ran, as it was: what
 * {@code hangtime resume} picks up, line by line or on the session screen, and what the app offers at start.
 */
final class Resumption {

    static final String NOTHING_LEFT = "The pack stayed on for the rest of its time, and it was the last step:"
            + " the session is complete.";

    private final CutOff cutOff;
    private final Routine routine;
    private final Timeline timeline;
    private final Settings settings;
    private final Clock clock;

    private Resumption(CutOff cutOff, Routine routine, Timeline timeline, Settings settings, Clock clock) {
        this.cutOff = cutOff;
        this.routine = routine;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What a search found.
     *
     * @param whyNot when nothing was found, why, as a line for standard error
     */
    record Search(Optional<Resumption> found, String whyNot) {
    }

    /**
     * The session this device may pick up now, if any; the library and the settings are asked for only once one
     * is found.
     *
     * @param clock the wall clock, which tells how long ago it stopped, and stamps what is written
     */
    static Search find(History history, String device, Clock clock, Supplier<RoutineLibrary> library,
            Supplier<Settings> settings) {
        CutOff.Search search = CutOff.find(history, device, clock.instant(), ProcessRef::isAlive);
        if (search.found().isEmpty()) {
            return new Search(Optional.empty(), "hangtime: nothing to resume: " + SafeText.line(search.whyNot()) + ".");
        }
        CutOff cutOff = search.found().get();
        RoutineRef ref = cutOff.session().routine();
        Optional<Routine> routine = routine(ref, library);
        if (routine.isEmpty()) {
            return new Search(Optional.empty(), "hangtime: cannot resume " + SafeText.line(ref.name()) + ": the routine"
                    + " has changed or gone since the session began, so where it stopped no longer means the same"
                    + " (start it afresh with hangtime run " + SafeText.line(ref.file().orElse(ref.id())) + ")");
        }
        Settings read = settings.get();
        Timeline timeline = Expansion.expand(RunCommand.withCueDefaults(routine.get(), read.cueDefaults()));
        return new Search(Optional.of(new Resumption(cutOff, routine.get(), timeline, read, clock)), "");
    }

    /**
     * The routine the session ran, as it was: found by id in the library, or in the file it was run from,
     * with the same content hash.
     */
    private static Optional<Routine> routine(RoutineRef ref, Supplier<RoutineLibrary> library) {
        Optional<Routine> byId = library.get().find(ref.id()).map(LibraryEntry::routine)
                .filter(r -> RoutineHash.of(r).equals(ref.hash()));
        if (byId.isPresent() || ref.file().isEmpty()) {
            return byId;
        }
        Path file = Path.of(ref.file().get());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ReadResult read = RoutineReader.read(file);
        return read.routine().filter(r -> RoutineHash.of(r).equals(ref.hash()));
    }

    Routine routine() {
        return routine;
    }

    Timeline timeline() {
        return timeline;
    }

    /** The user's settings, with which the timeline was made, for the session's sound. */
    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** What was running, where it stopped and how long ago. */
    String summary() {
        return ResumeText.summary(cutOff);
    }

    /** The kind of pack to ask about, when it stopped in a heat or ice step: whether it stayed on counts. */
    Optional<SegmentKind> packKind() {
        return ResumePlan.asksAboutPack(cutOff) ? Optional.of(cutOff.stop().place().kind()) : Optional.empty();
    }

    /**
     * How it goes on, the pack question answered if {@link #packKind} asks it. The time down is counted up to
     * now, not up to when it was found: a pack that stayed on while the question waited for its answer was on
     * all that time too.
     */
    ResumePlan plan(Optional<Boolean> packStayedOn) {
        Duration ago = Duration.between(cutOff.session().end().toInstant(), clock.instant());
        CutOff now = new CutOff(cutOff.session(), cutOff.stop(), ago.isNegative() ? Duration.ZERO : ago);
        return ResumePlan.of(now, timeline, packStayedOn);
    }

    /**
     * Keeps the session as picked up and completed, when {@code plan} has nothing left to run.
     *
     * @return whether it reached the disk
     */
    static boolean completeWithoutRunning(JournalWriter writer, Clock clock, ResumePlan plan) {
        try {
            return SessionJournal.completeWithoutRunning(writer, clock, plan);
        } finally {
            writer.close();
        }
    }
}
