package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.ResumePlan;
import dev.hangtime.routines.resume.ResumeText;
import dev.hangtime.routines.resume.Resumption;
import dev.hangtime.routines.session.SoundAndJournal;
import dev.hangtime.routines.sound.SessionSound;
import dev.hangtime.tui.run.DetachedOutput;
import dev.hangtime.tui.run.PlainPrinter;
import dev.hangtime.tui.screen.FullScreenApp;
import dev.hangtime.tui.sound.TerminalStandIns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code hangtime resume [--plain]}: picks up the last session that was cut off, if it is less than 12 hours
 * old: says what was running, where it stopped and how long ago, then goes on from there; on the session screen
 * in a terminal, line by line with {@code --plain} or elsewhere.
 */
final class ResumeCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("resume", "Pick up the last session that was cut off (a crash,"
            + " a power loss, a kill) less than 12 hours ago, where it stopped.")
            .flag("plain", "Line by line, reading commands from standard input.");

    private final Console console;
    private final Clock clock;
    private final boolean plain;

    ResumeCommand(Console console, Clock clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.plain = args.flag("plain");
    }

    @Override
    public Integer call() throws InterruptedException {
        RoutineResolver resolver = new RoutineResolver(console);
        Resumption.Search search = Resumption.find(console.journals(clock), console.history(clock),
                resolver::library, resolver::settings);
        if (search.found().isEmpty()) {
            console.err().println("hangtime: " + search.whyNot());
            return ExitStatus.INVALID;
        }
        Resumption resumption = search.found().get();
        if (!plain && console.interactive() && FullScreenApp.terminalAvailable()) {
            try {
                return FullScreenApp.resume(resumption, FullScreenApp.Options.defaults());
            } catch (IOException e) {
                console.err().println("hangtime: cannot take over the terminal (" + e.getMessage()
                        + "); going on line by line instead");
            }
        }
        console.out().println(resumption.summary());
        Optional<Boolean> packStayedOn = resumption.packKind().map(this::askAboutPack);
        ResumePlan plan = resumption.plan(packStayedOn);
        Optional<String> taken = console.journals(clock).claim(plan);
        if (taken.isPresent()) {
            console.err().println("hangtime: nothing to resume: " + SafeText.line(taken.get()) + ".");
            return ExitStatus.INVALID;
        }
        if (plan.nothingLeft()) {
            resumption.completeWithoutRunning(console.journals(clock).writer("the session goes on, but it will not be"
                    + " kept", console.notices()), plan);
            console.out().println(Resumption.NOTHING_LEFT);
            return ExitStatus.OK;
        }
        console.out().println(ResumeText.goingOn(plan, resumption.timeline()));
        Ticker ticker = Ticker.system();
        Session session = new Session(resumption.timeline(), ticker, clock);
        try (DetachedOutput.Pair detached = DetachedOutput.of(console.out(), console.err())) {
            Console lines = console.withOutput(detached.out().stream(), detached.err().stream());
            SessionSound sound = SessionSound.attach(session, ticker, 1, resumption.settings(), false, lines.notices(),
                    TerminalStandIns.bell(lines.err()), (cue, at) -> { });
            try (SoundAndJournal services = SoundAndJournal.continuing(lines.journals(clock), plan, session, ticker,
                    lines.notices(), sound)) {
                session.addListener(new PlainPrinter(lines.out(), resumption.routine().name()));
                return LineByLine.runFrom(lines, resumption.timeline(), session, ticker, services, plan.index(),
                        plan.already());
            }
        }
    }

    /**
     * Asks, a line at a time, whether the pack stayed on. Reads standard input byte by byte, so that nothing
     * meant for the session that follows is read ahead. With no answer, counts the time as if it had: that
     * errs on the side of the skin.
     */
    private boolean askAboutPack(SegmentKind kind) {
        while (true) {
            console.out().println(ResumeText.packQuestion(kind) + " (y/n)");
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
