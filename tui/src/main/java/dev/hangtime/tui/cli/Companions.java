package dev.hangtime.tui.cli;

import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.session.JournalPainScores;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.SessionSound;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * What runs beside a session, in the plain mode and the full-screen app alike: its sound and, unless it is a
 * preview, its journal.
 */
final class Companions implements SessionServices, AutoCloseable {

    private final SessionSound sound;
    private final Optional<JournalWriter> writer;
    private final Optional<SessionJournal> journal;
    private final boolean asksPainBefore;
    private boolean closed;

    private Companions(SessionSound sound, Optional<JournalWriter> writer, Optional<SessionJournal> journal,
            boolean asksPainBefore) {
        this.sound = sound;
        this.writer = writer;
        this.journal = journal;
        this.asksPainBefore = asksPainBefore;
    }

    /**
     * Attaches sound and journal to {@code session}, sound first so that nothing delays the cues. Trouble with
     * either is told to {@code warn}; {@code ring} stands in for a cue that cannot be heard.
     */
    static Companions attach(Console console, Settings settings, LibraryEntry entry, Session session,
            Ticker ticker, int speed, boolean mute, OptionalInt painBefore, Consumer<String> warn, Runnable ring,
            CueListener cuePrinter) {
        SessionSound sound = SessionSound.attach(session, ticker, speed, settings, mute, prefixed(warn), ring,
                cuePrinter);
        if (speed != 1) {
            // A preview runs on a faster clock: it is not a session the user did, so it is not kept.
            if (painBefore.isPresent()) {
                warn.accept("hangtime: a preview (--speed " + speed + ") is not kept, so --pain is not either");
            }
            return new Companions(sound, Optional.empty(), Optional.empty(), false);
        }
        JournalSetup journalSetup = new JournalSetup(console, Clock.systemDefaultZone());
        JournalWriter writer = journalSetup.writer("the session goes on, but it will not be kept", warn);
        SessionJournal journal = SessionJournal.of(writer, journalSetup.clock(), ticker, JournalSetup.ref(entry),
                painBefore);
        session.addListener(journal);
        return new Companions(sound, Optional.of(writer), Optional.of(journal), painBefore.isEmpty());
    }

    /**
     * Attaches sound and the journal to {@code session}, a session cut off before and picked up as {@code plan}
     * says: its lines go on under its first run's id. It is never a preview.
     */
    static Companions continuing(Console console, Clock clock, Settings settings, ResumePlan plan, Session session,
            Ticker ticker, Consumer<String> warn, Runnable ring, CueListener cuePrinter) {
        SessionSound sound = SessionSound.attach(session, ticker, 1, settings, false, prefixed(warn), ring,
                cuePrinter);
        JournalWriter writer = new JournalSetup(console, clock).writer("the session goes on, but it will not be kept",
                warn);
        SessionJournal journal = SessionJournal.continuing(writer, clock, ticker, plan);
        session.addListener(journal);
        // Its score before was given when it first started.
        return new Companions(sound, Optional.of(writer), Optional.of(journal), false);
    }

    /** The shared layer's notices, worded as this command words its own. */
    private static Notices prefixed(Consumer<String> warn) {
        return notice -> warn.accept("hangtime: " + notice.message());
    }

    @Override
    public Optional<SessionCues> cues() {
        return Optional.of(sound.cues());
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
}
