package dev.hangtime.routines.resume;

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
import dev.hangtime.routines.session.JournalSetup;
import dev.hangtime.routines.session.SoundAndJournal;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.CueSoundFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A session that was cut off, found in the journal with the routine it ran, as it was: what
 * {@code hangtime resume} picks up, line by line or on a session screen, and what both front ends offer at
 * start. As a {@link Resumable}, it goes on with its sound and its journal under the session's first id.
 */
public final class Resumption implements Resumable {

    public static final String NOTHING_LEFT = "The pack stayed on for the rest of its time, and it was the last"
            + " step: the session is complete.";

    private final CutOff cutOff;
    private final Routine routine;
    private final Timeline timeline;
    private final Settings settings;
    private final JournalSetup journals;
    private final CueSoundFactory sound;

    private Resumption(CutOff cutOff, Routine routine, Timeline timeline, Settings settings, JournalSetup journals,
            CueSoundFactory sound) {
        this.cutOff = cutOff;
        this.routine = routine;
        this.timeline = timeline;
        this.settings = settings;
        this.journals = journals;
        this.sound = sound;
    }

    /**
     * The same session, its sound attached by {@code sound} when it goes on, rather than by the shared line player
     * set up from {@link #settings()}: for a front end with sound paths of its own.
     */
    public Resumption withSound(CueSoundFactory sound) {
        return new Resumption(cutOff, routine, timeline, settings, journals, sound);
    }

    /**
     * What a search found.
     *
     * @param whyNot when nothing was found, why, as a sentence for the user
     */
    public record Search(Optional<Resumption> found, String whyNot) {
    }

    /**
     * The session this device may pick up now, if any, in {@code history}; the library and the settings are
     * asked for only once one is found.
     */
    public static Search find(JournalSetup journals, History history, Supplier<RoutineLibrary> library,
            Supplier<Settings> settings) {
        CutOff.Search search = CutOff.find(history, journals.device(), journals.clock().instant(),
                ProcessRef::isAlive);
        if (search.found().isEmpty()) {
            return new Search(Optional.empty(), "nothing to resume: " + SafeText.line(search.whyNot()) + ".");
        }
        CutOff cutOff = search.found().get();
        RoutineRef ref = cutOff.session().routine();
        Optional<Routine> routine = routine(ref, library);
        if (routine.isEmpty()) {
            return new Search(Optional.empty(), "cannot resume " + SafeText.line(ref.name()) + ": the routine has"
                    + " changed or gone since the session began, so where it stopped no longer means the same"
                    + " (start it afresh with hangtime run " + SafeText.line(ref.file().orElse(ref.id())) + ")");
        }
        Settings read = settings.get();
        Timeline timeline = Expansion.expand(routine.get().withCueDefaults(read.cueDefaults()));
        return new Search(Optional.of(new Resumption(cutOff, routine.get(), timeline, read, journals,
                CueSoundFactory.line(read, false))), "");
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

    public Routine routine() {
        return routine;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The user's settings, with which the timeline was made, for the session's sound. */
    public Settings settings() {
        return settings;
    }

    /** What was running, where it stopped and how long ago. */
    @Override
    public String summary() {
        return ResumeText.summary(cutOff);
    }

    /** The kind of pack to ask about, when it stopped in a heat or ice step: whether it stayed on counts. */
    public Optional<SegmentKind> packKind() {
        return ResumePlan.asksAboutPack(cutOff) ? Optional.of(cutOff.stop().place().kind()) : Optional.empty();
    }

    @Override
    public Optional<String> packQuestion() {
        return packKind().map(ResumeText::packQuestion);
    }

    /**
     * How it goes on, the pack question answered if {@link #packKind} asks it. The time down is counted up to
     * now, not up to when it was found: a pack that stayed on while the question waited for its answer was on
     * all that time too.
     */
    public ResumePlan plan(Optional<Boolean> packStayedOn) {
        Duration ago = Duration.between(cutOff.session().end().toInstant(), journals.clock().instant());
        CutOff now = new CutOff(cutOff.session(), cutOff.stop(), ago.isNegative() ? Duration.ZERO : ago);
        return ResumePlan.of(now, timeline, packStayedOn);
    }

    /**
     * Picks it up on a session screen: its sound and journal go on under the session's id. When the time the
     * pack stayed on finished the last step, the session is kept as complete at once, and the answer says so.
     */
    @Override
    public Continuation goOn(Optional<Boolean> packStayedOn) {
        ResumePlan plan = plan(packStayedOn);
        Optional<String> taken = journals.claim(plan);
        if (taken.isPresent()) {
            return Continuation.finished("Nothing to resume: " + SafeText.line(taken.get()) + ".");
        }
        if (plan.nothingLeft()) {
            // A front end that has the screen cannot print trouble with the journal: the answer says it.
            boolean kept = completeWithoutRunning(journals.writer("", notice -> { }), plan);
            return Continuation.finished(NOTHING_LEFT
                    + (kept ? "" : " The journal could not be written, so it is not kept."));
        }
        return Continuation.run(timeline, plan.index(), plan.already(),
                (t, session, ticker, standIn, notices) -> SoundAndJournal.continuing(journals, plan, session, ticker,
                        notices, sound.attach(session, ticker, 1, standIn, notices)));
    }

    /**
     * Forgets it for good: the journal keeps it as stopped where it was cut off, whatever the pack did, and it is
     * never offered again.
     */
    @Override
    public boolean dismiss() {
        JournalWriter writer = journals.writer("", notice -> { });
        try {
            return SessionJournal.dismiss(writer, journals.clock(), plan(packKind().map(kind -> false)).cutOff());
        } finally {
            writer.close();
        }
    }

    /**
     * Keeps the session as picked up and completed, when {@code plan} has nothing left to run, and lets the
     * writer go.
     *
     * @return whether it reached the disk
     */
    public boolean completeWithoutRunning(JournalWriter writer, ResumePlan plan) {
        try {
            return SessionJournal.completeWithoutRunning(writer, journals.clock(), plan);
        } finally {
            writer.close();
        }
    }
}
