package dev.hangtime.desktop.services;

import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.desktop.sound.DesktopSound;
import dev.hangtime.desktop.sound.SoundPath;
import dev.hangtime.routines.journal.DeviceName;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.settings.Settings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Readies each session the window runs: sound first, so that nothing delays the cues, then the journal, where
 * the terminal app keeps it, so that both front ends share one history.
 *
 * @param paths where the journal is
 * @param environment names the device whose journal file is written
 * @param settings volume, voice and mute
 * @param entry the library entry of the routine, as the journal keeps it
 * @param sound the sound path to try first
 * @param speed how many times faster than real time the session runs; a preview (not 1) is not kept
 */
public record DesktopSetup(HangtimePaths paths, Map<String, String> environment, Settings settings,
        LibraryEntry entry, SoundPath sound, int speed) implements SessionSetup {

    @Override
    public SessionServices prepare(Timeline timeline, Session session, Ticker ticker, StandIn standIn,
            Notices notices) {
        DesktopSound sound = DesktopSound.attach(session, ticker, speed, settings, this.sound, notices, standIn);
        if (speed != 1) {
            return new DesktopServices(sound, Optional.empty(), Optional.empty());
        }
        Clock clock = Clock.systemDefaultZone();
        JournalWriter writer = JournalWriter.open(paths.journal(), DeviceName.local(environment), clock,
                trouble -> notices.tell(new Notice(Notice.Topic.JOURNAL, SafeText.line(trouble)
                        + "; the session goes on, but it will not be kept")));
        SessionJournal journal = SessionJournal.of(writer, clock, ticker, ref(entry), OptionalInt.empty());
        session.addListener(journal);
        return new DesktopServices(sound, Optional.of(writer), Optional.of(journal));
    }

    /** The routine as the journal keeps it; a routine run from a file keeps the file's path, to find it again. */
    static RoutineRef ref(LibraryEntry entry) {
        Optional<String> file = entry.file().map(p -> p.toAbsolutePath().toString());
        return new RoutineRef(entry.id(), entry.routine().name(), RoutineHash.of(entry.routine()), file);
    }
}
