package dev.hangtime.tui.screen;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.DoseLimits;
import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyGate;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.Resumable;
import dev.hangtime.tui.sound.TerminalStandIns;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The full-screen terminal app: the entry points the {@code hangtime} command calls when it runs in a
 * terminal.
 *
 * <p>Each entry point takes over the terminal, runs until the user leaves, gives the terminal back as it
 * found it on every way out (the end, {@code q}, Ctrl-C, an exception, SIGINT or SIGTERM from outside) and
 * returns the command's exit status: 0 when a session ran to its end, 3 when the user stopped it, 130 when
 * Ctrl-C ended it. Nothing may be printed while it runs; a session's setup tells what it must say as notices,
 * which the session screen shows at its foot.
 */
public final class FullScreenApp {

    private FullScreenApp() {
    }

    /**
     * Whether there is a terminal to take over: standard input and output are a terminal, and it is not a
     * "dumb" one. Without one, run the plain line-by-line mode instead; this never opens a window.
     */
    public static boolean terminalAvailable() {
        return terminalAvailable(isTerminal(System.console()), System.getenv());
    }

    static boolean terminalAvailable(boolean console, Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        return console && !term.isBlank() && !term.equals("dumb");
    }

    /**
     * Runs one session of {@code timeline} on the session screen, ready to start with Space, then shows how it
     * went until the user closes it.
     *
     * @return 0 completed, 3 stopped by the user (also when they leave before starting), 130 stopped by Ctrl-C
     * @throws IOException if the terminal cannot be taken over; nothing has run then, so the plain mode can
     *     take over
     */
    public static int session(Timeline timeline, Options options) throws IOException {
        return session(timeline, options, DoseLimits.STANDARD);
    }

    /**
     * As {@link #session(Timeline, Options)}, with the dose limits of a plan's week: "+" asks before a hold goes
     * past the week's longest.
     */
    public static int session(Timeline timeline, Options options, DoseLimits limits) throws IOException {
        Objects.requireNonNull(timeline, "timeline");
        return run(options, app -> app.sessionPage(timeline, options.setup(), limits, Afterwards.EXIT));
    }

    /**
     * Opens the library: every routine of {@code library}, and the user files that cannot be read with their
     * first problem. The library is asked for once the terminal is taken, so it may still be being read when this
     * is called. The user picks one and runs it; each session comes back to the library when it is over.
     * Tab opens the history of the journal in {@link Options#journal()}. Once the library is on screen,
     * {@code resumeSearch} runs on a thread of its own: if it finds a session that was cut off, the app offers to
     * pick it up, over the library. Declined, it is left as it is; picked up, it goes on on the session screen and
     * comes back to the library at its end.
     *
     * @param resumeSearch finds the session to offer; it must print nothing
     * @return 0 when the user leaves the library, 130 when Ctrl-C ends the app
     * @throws IOException if the terminal cannot be taken over
     */
    public static int library(Supplier<RoutineLibrary> library, Options options,
            Supplier<Optional<Resumable>> resumeSearch) throws IOException {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(resumeSearch, "resumeSearch");
        return run(options, app -> {
            TodaySection today = new TodaySection(options.today(), App::inBackground, app::wake);
            LibraryPage libraryPage = new LibraryPage(Listing.of(library.get(), options.routines()), app::sessionPage,
                    back -> new HistoryPage(() -> History.read(options.journal()), Clock.systemDefaultZone(), back,
                            App::inBackground, app::wake), today,
                    (item, afterwards) -> app.sessionPage(item.timeline(), item.setup(), item.limits(), afterwards));
            Afterwards backThere = new Afterwards("back to the library", status -> Turn.to(libraryPage));
            // Today's sessions are read first on the thread that searches the journal once the library is on
            // screen: the two reads take turns rather than share two cores with the first frames.
            Supplier<Optional<Resumable>> search = () -> {
                today.load();
                return resumeSearch.get();
            };
            return new ResumeCheck(libraryPage, search, App::inBackground, app::wake,
                    offer -> app.resumePage(offer, Optional.of(libraryPage), () -> Turn.to(libraryPage), backThere));
        });
    }

    /**
     * Offers to pick up {@code resumable}, as {@code hangtime resume} does in a terminal, and goes on with it on
     * the session screen if the user says so.
     *
     * @return 0 completed, 3 stopped by the user or not picked up, 130 stopped by Ctrl-C
     * @throws IOException if the terminal cannot be taken over; nothing has run then
     */
    public static int resume(Resumable resumable, Options options) throws IOException {
        Objects.requireNonNull(resumable, "resumable");
        return run(options, app -> app.resumePage(resumable, Optional.empty(), () -> Turn.exit(ExitStatus.STOPPED),
                Afterwards.EXIT));
    }

    private static int run(Options options, Function<App, Page> first) throws IOException {
        Inbox inbox = new Inbox();
        App app = new App(options, inbox);
        try (LiveTerminal terminal = LiveTerminal.open(inbox)) {
            // Made once the terminal is taken, so that what the page needs can be read meanwhile (the library).
            Page page = first.apply(app);
            Runner runner = new Runner(terminal.screen(), inbox, app.ticker, options.speed(),
                    Palette.forEnvironment(System.getenv()), Glyphs.forCharset(terminal.charset()));
            return runner.run(page);
        } finally {
            app.releases.releaseAll();
        }
    }

    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        // From JDK 22 a console exists even when redirected; isTerminal() then tells. JDK 17 has no such method,
        // and its console exists only for a terminal.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** What every session of one run of the app shares: its clock, its setup, its screen hooks. */
    static final class App {
        private final Options options;
        private final Inbox inbox;
        private final InboxHooks hooks;
        private final Ticker ticker;
        /** The wall clock sessions watch for time that stops with; none for a preview, nor in tests. */
        private final InstantSource wall;
        private final Releases releases = new Releases();

        App(Options options, Inbox inbox) {
            // A preview's clock runs faster than the wall clock, so only a real session watches for time that stops.
            this(options, inbox, options.ticker(), options.speed() == 1 ? Clock.systemUTC() : null);
        }

        /** @param ticker the sessions' clock, a fake one in tests */
        App(Options options, Inbox inbox, Ticker ticker) {
            this(options, inbox, ticker, null);
        }

        private App(Options options, Inbox inbox, Ticker ticker, InstantSource wall) {
            this.options = options;
            this.inbox = inbox;
            this.hooks = new InboxHooks(inbox);
            this.ticker = ticker;
            this.wall = wall;
        }

        private Session newSession(Timeline timeline) {
            return wall == null ? new Session(timeline, ticker, options.speed()) : new Session(timeline, ticker, wall);
        }

        /**
         * The session screen of {@code timeline}, or first the safety screen, or why it does not run: a session
         * with inversion meets the safety screen's answer first, unless it is a preview.
         */
        Page sessionPage(Timeline timeline, Afterwards afterwards) {
            return sessionPage(timeline, options.setup(), DoseLimits.STANDARD, afterwards);
        }

        /** As {@link #sessionPage(Timeline, Afterwards)}, with its own setup and dose limits: a plan's session. */
        Page sessionPage(Timeline timeline, SessionSetup setup, DoseLimits limits, Afterwards afterwards) {
            return gated(timeline, setup, limits, afterwards, Optional.empty());
        }

        private Page gated(Timeline timeline, SessionSetup setup, DoseLimits limits, Afterwards afterwards,
                Optional<String> told) {
            if (options.safety().isEmpty() || options.speed() != 1 || !InversionFilter.inverts(timeline.routine())) {
                return session(timeline, setup, SessionSafety.NONE.withLimits(limits), afterwards, told);
            }
            SafetyAnswers answers = options.safety().get();
            SafetyGate.Decision decision = SafetyGate.decide(timeline, answers.screening());
            switch (decision.kind()) {
                case ASK:
                    return new SafetyPage(answers, kept -> gated(timeline, setup, limits, afterwards, kept ? told
                            : Optional.of(SafetyText.NOT_KEPT)), () -> afterwards.then().apply(ExitStatus.STOPPED));
                case WITHOUT_INVERSION:
                    return session(decision.timeline().orElseThrow(), setup, decision.safety().withLimits(limits),
                            afterwards,
                            Optional.of(told.map(t -> t + " ").orElse("") + decision.why().orElseThrow()
                                    + SafetyText.HOW_TO_CHANGE));
                case NOTHING_LEFT:
                    return new NotRunPage("Not run: " + timeline.routine().name(), List.of(
                            decision.why().orElseThrow(), answers.alternatives(), SafetyText.HOW_TO_SEE_OR_RESET)
                            , afterwards.label(), () -> afterwards.then().apply(ExitStatus.INVALID));
                default:
                    return session(decision.timeline().orElseThrow(), setup, decision.safety().withLimits(limits),
                            afterwards, told);
            }
        }

        private Page session(Timeline timeline, SessionSetup setup, SessionSafety safety, Afterwards afterwards,
                Optional<String> told) {
            SessionController controller = controller(timeline, setup);
            controller.safety(safety);
            options.safety().ifPresent(answers -> controller.painHistory(answers::lastSessionRose));
            told.ifPresent(text -> controller.notice(new Notice(Notice.Topic.SESSION, text)));
            return new SessionPage(controller, releases, afterwards);
        }

        Page resumePage(Resumable resumable, Optional<Page> under, Supplier<Turn> declined, Afterwards afterwards) {
            return new ResumePage(resumable, under, declined, afterwards, c -> resumedPage(c, afterwards), ticker);
        }

        /** The session screen of a session picked up again, readied and started: the user has said to go on. */
        private Page resumedPage(Continuation continuation, Afterwards afterwards) {
            Timeline timeline = continuation.timeline().orElseThrow();
            SessionPage page = new SessionPage(controller(timeline, continuation.setup()), releases, afterwards);
            page.startAt(continuation.index(), continuation.already());
            return page;
        }

        private SessionController controller(Timeline timeline, SessionSetup setup) {
            return new SessionController(timeline, newSession(timeline), ticker, setup,
                    TerminalStandIns.flash(hooks::flash), hooks);
        }

        /** Wakes the loop, from any thread. */
        void wake() {
            inbox.post(Inbox.Signal.WAKE);
        }

        /** Runs {@code task}, a read of the journal, on a thread that does not keep the program from ending. */
        static void inBackground(Runnable task) {
            Thread thread = new Thread(task, "hangtime-journal-reader");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * How to run sessions.
     *
     * @param speed how many times faster than real time the clock runs, 1–1000, for previewing a routine
     * @param setup readies each session before it starts: journal, cues
     * @param routines applied to each library routine before it is expanded, such as the user's cue settings;
     *     {@link #session} takes a timeline already expanded
     * @param journal the journal folder the library's history reads
     * @param safety where the safety answer is found and kept; empty for no safety screen, as in tests that run
     *     sessions of their own
     * @param today finds the sessions due today in the plans being followed, for the library's Today section; it
     *     reads the journal, so the library asks for it on a thread of its own, and it must print nothing
     */
    public record Options(int speed, SessionSetup setup, UnaryOperator<Routine> routines, Path journal,
            Optional<SafetyAnswers> safety, Supplier<List<TodayItem>> today) {

        public Options {
            if (speed < 1 || speed > 1000) {
                throw new IllegalArgumentException("speed must be 1–1000: " + speed);
            }
            Objects.requireNonNull(setup, "setup");
            Objects.requireNonNull(routines, "routines");
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(safety, "safety");
            Objects.requireNonNull(today, "today");
        }

        /** Real time, nothing added to sessions, routines as they are, the journal where this process keeps it. */
        public static Options defaults() {
            return new Options(1, SessionSetup.NONE, UnaryOperator.identity(), HangtimePaths.system().journal(),
                    Optional.empty(), List::of);
        }

        public Options withSpeed(int newSpeed) {
            return new Options(newSpeed, setup, routines, journal, safety, today);
        }

        public Options withSetup(SessionSetup newSetup) {
            return new Options(speed, newSetup, routines, journal, safety, today);
        }

        public Options withRoutines(UnaryOperator<Routine> newRoutines) {
            return new Options(speed, setup, newRoutines, journal, safety, today);
        }

        public Options withJournal(Path newJournal) {
            return new Options(speed, setup, routines, newJournal, safety, today);
        }

        /** Sessions with inversion meet the safety screen, its answer found and kept in {@code answers}. */
        public Options withSafety(SafetyAnswers answers) {
            return new Options(speed, setup, routines, journal, Optional.of(answers), today);
        }

        /** The library opens with a Today section of what {@code sessions} finds. */
        public Options withToday(Supplier<List<TodayItem>> sessions) {
            return new Options(speed, setup, routines, journal, safety, sessions);
        }

        /** The session clock: the system's monotonic clock, sped up for a preview. */
        Ticker ticker() {
            return speed == 1 ? Ticker.system() : Ticker.scaled(Ticker.system(), speed);
        }
    }
}
