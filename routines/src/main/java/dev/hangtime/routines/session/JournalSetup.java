package dev.hangtime.routines.session;

import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.DeviceName;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumeClaim;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Where a front end finds the journal, which device it writes as, and the wall clock that stamps it. */
public final class JournalSetup {

    private final Path folder;
    private final String device;
    private final Clock clock;

    /**
     * @param environment names the device, by its host name
     * @param clock stamps what is written, and tells how long ago a session stopped
     */
    public JournalSetup(HangtimePaths paths, Map<String, String> environment, Clock clock) {
        this.folder = paths.journal();
        this.device = DeviceName.local(environment);
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** The name this device writes its journal file under. */
    public String device() {
        return device;
    }

    /**
     * A writer for this device's journal; trouble writing it is told once to {@code notices}, with
     * {@code consequence} after it ("the session goes on, but it will not be kept").
     */
    public JournalWriter writer(String consequence, Notices notices) {
        return JournalWriter.open(folder, device, clock, trouble -> notices.tell(new Notice(Notice.Topic.JOURNAL,
                SafeText.line(trouble) + (consequence.isEmpty() ? "" : "; " + consequence))));
    }

    /**
     * Takes the cut-off session {@code plan} picks up for this process, so that a second resume started at the
     * same moment does not pick it up too.
     *
     * @return why not, in words for the user, when another took it first; empty when this process has it.
     *     Trouble writing the journal is told by the session's own writer, which follows.
     */
    public Optional<String> claim(ResumePlan plan) {
        JournalWriter writer = writer("", Notices.NONE);
        try {
            return ResumeClaim.take(writer, clock, plan);
        } finally {
            writer.close();
        }
    }

    /** Every device's sessions; what could not be read is in {@link History#problems()}, for the caller to tell. */
    public History history() {
        return History.read(folder);
    }

    /** The routine as the journal keeps it; a routine run from a file keeps the file's path, to find it again. */
    public static RoutineRef ref(LibraryEntry entry) {
        Optional<String> file = entry.file().map(p -> p.toAbsolutePath().toString());
        return new RoutineRef(entry.id(), entry.routine().name(), RoutineHash.of(entry.routine()), file);
    }
}
