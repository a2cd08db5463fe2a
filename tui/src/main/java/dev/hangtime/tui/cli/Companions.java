package dev.hangtime.tui.cli;

import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.sound.SessionSound;
import dev.hangtime.routines.sound.StandIn;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * What runs beside a session, in the plain mode and the full-screen app alike: its sound and, unless it is a
 * preview, its journal.
 */
final class Companions implements AutoCloseable {

    private final SessionSound sound;
    private final Optional<JournalWriter> writer;
    private final Optional<SessionJournal> journal;

    private Companions(SessionSound sound, Optional<JournalWriter> writer, Optional<SessionJournal> journal) {
        this.sound = sound;
        this.writer = writer;
        this.journal = journal;
    }

    /**
     * Attaches sound and journal to {@code session}, sound first so that nothing delays the cues. Trouble with
     * either is told to {@code warn}; {@code standIn} takes each cue that cannot be heard.
     */
    static Companions attach(Console console, Settings settings, LibraryEntry entry, Session session,
            Ticker ticker, int speed, boolean mute, OptionalInt painBefore, Consumer<String> warn, StandIn standIn,
            CueListener cuePrinter) {
        SessionSound sound = SessionSound.attach(session, ticker, speed, settings, mute, prefixed(warn), standIn,
                cuePrinter);
        if (speed != 1) {
            // A preview runs on a faster clock: it is not a session the user did, so it is not kept.
            if (painBefore.isPresent()) {
                warn.accept("hangtime: a preview (--speed " + speed + ") is not kept, so --pain is not either");
            }
            return new Companions(sound, Optional.empty(), Optional.empty());
        }
        JournalSetup journalSetup = new JournalSetup(console, Clock.systemDefaultZone());
        JournalWriter writer = journalSetup.writer("the session goes on, but it will not be kept", warn);
        SessionJournal journal = SessionJournal.of(writer, journalSetup.clock(), ticker, JournalSetup.ref(entry),
                painBefore);
        session.addListener(journal);
        return new Companions(sound, Optional.of(writer), Optional.of(journal));
    }

    /**
     * Attaches sound and the journal to {@code session}, a session cut off before and picked up as {@code plan}
     * says: its lines go on under its first run's id. It is never a preview.
     */
    static Companions continuing(Console console, Clock clock, Settings settings, ResumePlan plan, Session session,
            Ticker ticker, Consumer<String> warn, StandIn standIn, CueListener cuePrinter) {
        SessionSound sound = SessionSound.attach(session, ticker, 1, settings, false, prefixed(warn), standIn,
                cuePrinter);
        JournalWriter writer = new JournalSetup(console, clock).writer("the session goes on, but it will not be kept",
                warn);
        SessionJournal journal = SessionJournal.continuing(writer, clock, ticker, plan);
        session.addListener(journal);
        return new Companions(sound, Optional.of(writer), Optional.of(journal));
    }

    /** The shared layer's notices, worded as this command words its own. */
    private static Notices prefixed(Consumer<String> warn) {
        return notice -> warn.accept("hangtime: " + notice.message());
    }

    SessionSound sound() {
        return sound;
    }

    /** The session's journal; empty for a preview, which is not kept. */
    Optional<SessionJournal> journal() {
        return journal;
    }

    /** To be told when Ctrl-C ends the session, before it is stopped, so the journal keeps it as interrupted. */
    void interrupted() {
        journal.ifPresent(SessionJournal::interrupted);
    }

    /** Lets the last cue finish, then lets the sound device and the journal go. */
    @Override
    public void close() {
        sound.close();
        writer.ifPresent(JournalWriter::close);
    }
}
