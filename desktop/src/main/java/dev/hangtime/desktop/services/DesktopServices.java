package dev.hangtime.desktop.services;

import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.desktop.sound.DesktopSound;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.session.JournalPainScores;
import java.util.Optional;

/** What runs beside a session in the window: its sound and, unless it is a preview, its journal. */
final class DesktopServices implements SessionServices {

    private final DesktopSound sound;
    private final Optional<JournalWriter> writer;
    private final Optional<SessionJournal> journal;
    private boolean closed;

    DesktopServices(DesktopSound sound, Optional<JournalWriter> writer, Optional<SessionJournal> journal) {
        this.sound = sound;
        this.writer = writer;
        this.journal = journal;
    }

    @Override
    public Optional<SessionCues> cues() {
        return Optional.of(sound.cues());
    }

    @Override
    public Optional<SoundStatus> sound() {
        return Optional.of(sound.cues().isMuted() ? SoundStatus.MUTED : SoundStatus.ON);
    }

    @Override
    public void setMuted(boolean muted) {
        sound.cues().setMuted(muted);
    }

    /** The scores go to the session's journal; the window asks for the score before the start. */
    @Override
    public Optional<PainScores> pain() {
        return journal.map(kept -> new JournalPainScores(kept, true));
    }

    @Override
    public void interrupted() {
        journal.ifPresent(SessionJournal::interrupted);
    }

    /** Lets the last cue finish, then the sound device and the journal go (its lines reach the disk first). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            sound.close();
            writer.ifPresent(JournalWriter::close);
        }
    }
}
