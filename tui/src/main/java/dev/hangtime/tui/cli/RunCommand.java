package dev.hangtime.tui.cli;

import dev.hangtime.core.cue.CueListener;
import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.tui.run.EventPrinter;
import dev.hangtime.tui.run.PlainPrinter;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.tui.screen.FullScreenApp;
import dev.hangtime.tui.sound.TerminalSound;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hangtime run ROUTINE}: runs a session, line by line with {@code --plain} or as JSON with {@code --events}. */
@Command(name = "run", description = "Run a session.")
final class RunCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "ROUTINE", description = "A routine id (see hangtime list) or a path to a .json file.")
    private String routine;

    @Option(names = "--plain", description = "Line by line, reading commands from standard input.")
    private boolean plain;

    @Option(names = "--events", description = "One JSON object per event, for scripts.")
    private boolean events;

    @Option(names = "--mute", description = "Play no sound.")
    private boolean mute;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Run the clock N times faster (1–1000), to preview a routine.")
    private int speed;

    @Option(names = "--pain", paramLabel = "N", description = "Your pain now, 0–10, kept with the session.")
    private Integer pain;

    RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (speed < 1 || speed > 1000) {
            throw new UsageException("--speed must be from 1 to 1000, not " + speed);
        }
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new UsageException("--pain must be from 0 to 10, not " + pain);
        }
        RoutineResolver resolver = new RoutineResolver(console);
        Settings settings = resolver.settings();
        LibraryEntry entry = resolver.entry(routine);
        Timeline timeline = Expansion.expand(withCueDefaults(entry.routine(), settings.cueDefaults()));
        OptionalInt painBefore = pain == null ? OptionalInt.empty() : OptionalInt.of(pain);
        if (!plain && !events) {
            if (console.interactive() && FullScreenApp.terminalAvailable()) {
                try {
                    return FullScreenApp.session(timeline, FullScreen.options(console, settings, speed, mute,
                            painBefore, id -> Optional.of(entry)));
                } catch (IOException e) {
                    console.err().println("hangtime: cannot take over the terminal (" + e.getMessage()
                            + "); running line by line instead");
                }
            } else {
                console.err().println("hangtime: no terminal here, so the session runs line by line"
                        + " (--plain says so and skips this note)");
            }
        }
        return runPlain(settings, entry, timeline, painBefore);
    }

    private int runPlain(Settings settings, LibraryEntry entry, Timeline timeline, OptionalInt painBefore)
            throws InterruptedException {
        Ticker ticker = speed == 1 ? Ticker.system() : Ticker.scaled(Ticker.system(), speed);
        Session session = new Session(timeline, ticker);
        EventPrinter eventPrinter = new EventPrinter(console.out());
        CueListener cuePrinter = events ? (cue, at) -> eventPrinter.cue(at, cue.word()) : (cue, at) -> { };
        try (Companions companions = Companions.attach(console, settings, entry, session, ticker, speed, mute,
                painBefore, console.err()::println, TerminalSound.terminalBell(console.err()), cuePrinter)) {
            session.addListener(events ? eventPrinter : new PlainPrinter(console.out(), timeline.routine().name()));
            return LineByLine.run(console, session, ticker, speed, companions.sound().cues(), companions::interrupted);
        }
    }

    /** The routine with the user's cue settings filling in what it leaves unsaid. */
    static Routine withCueDefaults(Routine routine, Cues defaults) {
        return new Routine(routine.id(), routine.name(), routine.summary(), routine.tags(),
                routine.cues().over(defaults), routine.steps());
    }
}
