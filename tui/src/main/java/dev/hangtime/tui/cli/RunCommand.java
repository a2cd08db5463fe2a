package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.DoseLimits;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalLine.PlanTag;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.plan.PlanDay;
import dev.hangtime.routines.session.SoundAndJournal;
import dev.hangtime.routines.sound.SessionSound;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.run.DetachedOutput;
import dev.hangtime.tui.run.EventPrinter;
import dev.hangtime.tui.run.PlainPrinter;
import dev.hangtime.tui.screen.FullScreenApp;
import dev.hangtime.tui.sound.TerminalStandIns;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code hangtime run ROUTINE}: runs a session, line by line with {@code --plain} or as JSON with {@code --events}. */
final class RunCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("run", "Run a session.")
            .operand("ROUTINE", RoutineResolver.OPERAND_HELP)
            .flag("plain", "Line by line, reading commands from standard input.")
            .flag("events", "One JSON object per event, for scripts.")
            .flag("mute", "Play no sound.")
            .option("speed", "N", "Run the clock N times faster (1–1000), to preview a routine.")
            .option("pain", "N", "Your pain now, 0–10, kept with the session.")
            .option("plan", "PLAN", "Run it as a session of PLAN, which you follow: with the values of the plan's"
                    + " week, and counted towards it.");

    private final Console console;
    private final Supplier<Clock> clock;
    private final String routine;
    private final boolean plain;
    private final boolean events;
    private final boolean mute;
    private final int speed;
    private final OptionalInt painBefore;
    private final Optional<String> plan;

    /** @param clock the wall clock that stamps the journal, looked up only once a session is readied */
    RunCommand(Console console, Supplier<Clock> clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.routine = args.operand();
        this.plain = args.flag("plain");
        this.events = args.flag("events");
        this.mute = args.flag("mute");
        this.speed = args.number("speed").orElse(1);
        this.painBefore = args.number("pain");
        this.plan = args.value("plan");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (plain && events) {
            throw new UsageException("--plain and --events cannot go together: --plain prints lines for people,"
                    + " --events JSON for scripts");
        }
        if (speed < 1 || speed > 1000) {
            throw new UsageException("--speed must be from 1 to 1000, not " + speed);
        }
        if (painBefore.isPresent() && (painBefore.getAsInt() < 0 || painBefore.getAsInt() > 10)) {
            throw new UsageException("--pain must be from 0 to 10, not " + painBefore.getAsInt());
        }
        RoutineResolver resolver = new RoutineResolver(console);
        Settings settings = resolver.settings();
        LibraryEntry found = resolver.entry(routine);
        Optional<PlanDay> day = Optional.empty();
        if (plan.isPresent()) {
            if (RoutineLibrary.looksLikePath(routine)) {
                throw new UsageException("--plan runs a routine of the plan: name it by its id, not by a file");
            }
            day = PlanSessions.day(console, PlanBook.read(console, clock.get()), plan.get(), found.id());
            if (day.isEmpty()) {
                return ExitStatus.INVALID;
            }
        }
        // A plan's session runs the routine with the week's values, and is kept as such.
        LibraryEntry entry = day.map(PlanDay::entry).orElse(found);
        Optional<PlanTag> tag = day.map(PlanDay::tag);
        DoseLimits limits = day.map(PlanDay::limits).orElse(DoseLimits.STANDARD);
        Timeline timeline = Expansion.expand(entry.routine().withCueDefaults(settings.cueDefaults()));
        if (!plain && !events) {
            if (console.interactive() && FullScreenApp.terminalAvailable()) {
                try {
                    // The app has the screen: trouble keeping the answer is said on it, not printed.
                    return FullScreenApp.session(timeline, FullScreen.options(console, clock, settings, speed, mute,
                            painBefore, id -> Optional.of(entry), tag).withSafety(SafetyAnswersOf.console(console,
                                    clock, resolver::library, Notices.NONE)), limits);
                } catch (IOException e) {
                    console.err().println("hangtime: cannot take over the terminal (" + e.getMessage()
                            + "); running line by line instead");
                }
            } else {
                console.err().println("hangtime: no terminal here, so the session runs line by line"
                        + " (--plain says so and skips this note)");
            }
        }
        SessionSafety sessionSafety = SessionSafety.NONE;
        if (speed == 1) {
            // A preview is not a session anyone does: only a session in real time meets the safety screen.
            SafetyAnswers safety = SafetyAnswersOf.console(console, clock, resolver::library, console.notices());
            Optional<SafetyQuestions.Cleared> cleared = SafetyQuestions.check(console, safety, timeline);
            if (cleared.isEmpty()) {
                return ExitStatus.INVALID;
            }
            timeline = cleared.get().timeline();
            sessionSafety = cleared.get().safety();
        }
        return runPlain(settings, asRun(entry, timeline), timeline, painBefore, sessionSafety.withLimits(limits), tag);
    }

    /** The entry the journal keeps: the routine as it runs, when the safety screen changed it. */
    private static LibraryEntry asRun(LibraryEntry entry, Timeline timeline) {
        return entry.routine().steps().equals(timeline.routine().steps()) ? entry
                : new LibraryEntry(timeline.routine(), entry.file(), false);
    }

    private int runPlain(Settings settings, LibraryEntry entry, Timeline timeline, OptionalInt painBefore,
            SessionSafety safety, Optional<PlanTag> tag) throws InterruptedException {
        Ticker ticker = speed == 1 ? Ticker.system() : Ticker.scaled(Ticker.system(), speed);
        // A preview's clock runs faster than the wall clock, so only a real session watches for time that stops.
        Session session = speed == 1 ? new Session(timeline, ticker, Clock.systemUTC())
                : new Session(timeline, ticker, speed);
        painBefore.ifPresent(score -> RedFlags.score(score).ifPresent(flag -> console.err().println("hangtime: "
                + flag)));
        // Printing never holds up the session: a reader that stops reading loses lines, not cues or the journal.
        try (DetachedOutput.Pair detached = DetachedOutput.of(console.out(), console.err())) {
            Console lines = console.withOutput(detached.out().stream(), detached.err().stream());
            EventPrinter eventPrinter = new EventPrinter(lines.out());
            CueListener cuePrinter = events ? (cue, at) -> eventPrinter.cue(at, cue.word()) : (cue, at) -> { };
            // Sound first, so that nothing delays the cues.
            SessionSound sound = SessionSound.attach(session, ticker, speed, settings, mute, lines.notices(),
                    TerminalStandIns.bell(lines.err()), cuePrinter);
            try (SoundAndJournal services = SoundAndJournal.withJournal(lines.journals(clock.get()), entry, session,
                    ticker, speed, painBefore, lines.notices(), sound, tag)) {
                if (events) {
                    sound.addStatusListener(eventPrinter::sound);
                }
                PlainPrinter plainPrinter = new PlainPrinter(lines.out(), timeline.routine().name(),
                        safety.shortTexts());
                session.addListener(events ? eventPrinter : plainPrinter);
                // With --events, standard output carries JSON alone: what the user asks to read goes to standard
                // error.
                return LineByLine.run(lines, timeline, session, ticker, speed, services, safety,
                        events ? text -> lines.err().println(text) : plainPrinter::printNote);
            }
        }
    }
}
