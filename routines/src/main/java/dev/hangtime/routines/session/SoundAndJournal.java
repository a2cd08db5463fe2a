package dev.hangtime.routines.session;

import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.sound.CueSound;
import dev.hangtime.routines.sound.CueSoundFactory;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What runs beside a session in either front end: its sound and, unless it is a preview, its journal. Sound is
 * attached first, so that nothing delays the cues. Trouble with either is told as notices, never printed.
 */
public final class SoundAndJournal implements SessionServices, AutoCloseable {

    private static final String NOT_KEPT = "the session goes on, but it will not be kept";

    private final CueSound sound;
    private final Optional<JournalWriter> writer;
    private final Optional<SessionJournal> journal;
    private final boolean asksPainBefore;
    private boolean closed;

    private SoundAndJournal(CueSound sound, Optional<JournalWriter> writer, Optional<SessionJournal> journal,
            boolean asksPainBefore) {
        this.sound = sound;
        this.writer = writer;
        this.journal = journal;
        this.asksPainBefore = asksPainBefore;
    }

    /**
     * How each session a front end runs is readied: its sound, then its journal.
     *
     * @param journals the journal, asked for when a session is first readied (finding the time zone that stamps
     *     it costs a few milliseconds that the first screen need not wait for)
     * @param sound attaches each session's sound: the shared line player ({@link CueSoundFactory#line}) or the
     *     front end's own
     * @param speed how many times faster than real time the sessions run; above 1 they are previews, not kept
     * @param painBefore the pain score given before the start already, on the command line; when given, the
     *     session does not ask for it again
     * @param entries finds the library entry of a timeline's routine id, which names the routine in the journal
     * @param plan the plan and day the sessions are run for, which the journal names
     */
    public static SessionSetup setup(Supplier<JournalSetup> journals, CueSoundFactory sound, int speed,
            OptionalInt painBefore, Function<String, Optional<LibraryEntry>> entries, Optional<PlanTag> plan) {
        return (timeline, session, ticker, standIn, notices) -> withJournal(journals.get(), entry(timeline, entries),
                session, ticker, speed, painBefore, notices, sound.attach(session, ticker, speed, standIn, notices),
                plan);
    }

    /**
     * Attaches the journal to {@code session}, whose {@code sound} was attached first, unless it is a preview.
     *
     * @param entry the routine as the journal names it
     * @param plan the plan and day the session is run for, which the journal names
     */
    public static SoundAndJournal withJournal(JournalSetup journals, LibraryEntry entry, Session session,
            Ticker ticker, int speed, OptionalInt painBefore, Notices notices, CueSound sound,
            Optional<PlanTag> plan) {
        if (speed != 1) {
            // A preview runs on a faster clock: it is not a session the user did, so it is not kept.
            if (painBefore.isPresent()) {
                notices.tell(new Notice(Notice.Topic.SESSION, "a preview (--speed " + speed + ") is not kept, so"
                        + " --pain is not either"));
            }
            return new SoundAndJournal(sound, Optional.empty(), Optional.empty(), false);
        }
        JournalWriter writer = journals.writer(NOT_KEPT, notices);
        SessionJournal journal = SessionJournal.of(writer, journals.clock(), ticker, JournalSetup.ref(entry),
                painBefore);
        plan.ifPresent(journal::plan);
        session.addListener(journal);
        return new SoundAndJournal(sound, Optional.of(writer), Optional.of(journal), painBefore.isEmpty());
    }

    /**
     * Attaches the journal to {@code session}, whose {@code sound} was attached first: a session cut off before
     * and picked up as {@code plan} says, whose lines go on under its first run's id. It is never a preview, and
     * its pain before was asked when it first started.
     */
    public static SoundAndJournal continuing(JournalSetup journals, ResumePlan plan, Session session,
            Ticker ticker, Notices notices, CueSound sound) {
        JournalWriter writer = journals.writer(NOT_KEPT, notices);
        SessionJournal journal = SessionJournal.continuing(writer, journals.clock(), ticker, plan);
        session.addListener(journal);
        return new SoundAndJournal(sound, Optional.of(writer), Optional.of(journal), false);
    }

    @Override
    public Optional<SessionCues> cues() {
        return Optional.of(sound.cues());
    }

    @Override
    public Optional<SoundStatus> sound() {
        return Optional.of(sound.status());
    }

    @Override
    public void setMuted(boolean muted) {
        sound.setMuted(muted);
    }

    /** The scores go to the session's journal. */
    @Override
    public Optional<PainScores> pain() {
        return journal.map(kept -> new JournalPainScores(kept, asksPainBefore));
    }

    /** Ctrl-C ends the session: the journal keeps it as interrupted, before the session is stopped. */
    @Override
    public void interrupted() {
        journal.ifPresent(SessionJournal::interrupted);
    }

    /** Lets the last cue finish, then lets the sound device and the journal go; once. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            sound.close();
            writer.ifPresent(JournalWriter::close);
        }
    }

    private static LibraryEntry entry(Timeline timeline, Function<String, Optional<LibraryEntry>> entries) {
        LibraryEntry found = entries.apply(timeline.routine().id()).orElseThrow(() -> new IllegalStateException(
                "a session ran a routine the library does not have: " + timeline.routine().id()));
        // A routine changed for this session (its inversion left out, a plan's week) is kept as it ran, so that
        // resume never picks up steps that did not run. The user's cue settings change no step.
        return found.routine().steps().equals(timeline.routine().steps()) ? found
                : new LibraryEntry(timeline.routine(), found.file(), false);
    }
}
