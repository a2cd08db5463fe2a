package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.journal.CutOff;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.run.PlainPrinter;
import dev.hangtime.tui.run.RunSound;
import dev.hangtime.tui.text.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hangtime resume [--plain]}: picks up the last session that was cut off, if it is less than 12 hours
 * old: says what was running, where it stopped and how long ago, then goes on from there.
 */
final class ResumeCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("resume", "Pick up the last session that was cut off (a crash,"
            + " a power loss, a kill) less than 12 hours ago, where it stopped.")
            .flag("plain", "Line by line, reading commands from standard input.");

    private final Console console;
    private final Clock clock;

    ResumeCommand(Console console, Clock clock, Arguments args) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        JournalSetup setup = new JournalSetup(console, clock);
        CutOff.Search search = CutOff.find(setup.history(), setup.device(), clock.instant(), ProcessRef::isAlive);
        if (search.found().isEmpty()) {
            console.err().println("hangtime: nothing to resume: " + SafeText.line(search.whyNot()) + ".");
            return Exit.INVALID;
        }
        CutOff cutOff = search.found().get();
        RoutineRef ref = cutOff.session().routine();
        Optional<Routine> routine = routine(ref);
        if (routine.isEmpty()) {
            console.err().println("hangtime: cannot resume " + SafeText.line(ref.name()) + ": the routine has"
                    + " changed or gone since the session began, so where it stopped no longer means the same"
                    + " (start it afresh with hangtime run " + SafeText.line(ref.file().orElse(ref.id())) + ")");
            return Exit.INVALID;
        }
        Settings settings = new RoutineResolver(console).settings();
        Timeline timeline = Expansion.expand(RunCommand.withCueDefaults(routine.get(), settings.cueDefaults()));
        console.out().println(ResumeText.summary(cutOff));
        Optional<Boolean> packStayedOn = Optional.empty();
        if (ResumePlan.asksAboutPack(cutOff)) {
            packStayedOn = Optional.of(askAboutPack(cutOff.stop().place().kind()));
        }
        ResumePlan plan = ResumePlan.of(cutOff, timeline, packStayedOn);
        JournalWriter writer = setup.writer("the session goes on, but it will not be kept");
        try {
            if (plan.nothingLeft()) {
                SessionJournal.completeWithoutRunning(writer, clock, plan);
                console.out().println("The pack stayed on for the rest of its time, and it was the last step:"
                        + " the session is complete.");
                return Exit.OK;
            }
            console.out().println(ResumeText.goingOn(plan, timeline));
            Ticker ticker = Ticker.system();
            Session session = new Session(timeline, ticker);
            try (RunSound sound = RunSound.attach(session, ticker, 1, settings, false, console.err(), (cue, at) -> { })) {
                session.addListener(new PlainPrinter(console.out(), routine.get().name()));
                SessionJournal journal = SessionJournal.continuing(writer, clock, ticker, plan);
                session.addListener(journal);
                session.startAt(plan.index(), plan.already());
                return LineByLine.run(console, session, ticker, 1, sound.cues(), journal::interrupted);
            }
        } finally {
            writer.close();
        }
    }

    /**
     * The routine the session ran, as it was: found by id in the library, or in the file it was run from,
     * with the same content hash.
     */
    private Optional<Routine> routine(RoutineRef ref) {
        Optional<Routine> byId = new RoutineResolver(console).library().find(ref.id()).map(LibraryEntry::routine)
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

    /**
     * Asks, a line at a time, whether the pack stayed on. Reads standard input byte by byte, so that nothing
     * meant for the session that follows is read ahead. With no answer, counts the time as if it had: that
     * errs on the side of the skin.
     */
    private boolean askAboutPack(SegmentKind kind) {
        String pack = kind == SegmentKind.ICE ? "ice pack" : "heat pad";
        while (true) {
            console.out().println("Did the " + pack + " stay on while Hangtime was down? (y/n)");
            console.out().flush();
            Optional<String> line = readLine();
            if (line.isEmpty()) {
                console.out().println("No answer: counting the time as if it stayed on, so it is not on for too long.");
                return true;
            }
            String answer = line.get().strip().toLowerCase(Locale.ROOT);
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                return false;
            }
        }
    }

    private Optional<String> readLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = console.in().read()) != -1) {
                if (b == '\n') {
                    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
                }
                bytes.write(b);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return bytes.size() == 0 ? Optional.empty() : Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
