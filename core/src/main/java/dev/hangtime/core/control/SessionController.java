package dev.hangtime.core.control;

import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.safety.ShortCheck;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.TimeAwayText;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * One session as a front end runs it, from the ready screen to the end page: takes keys and commands, asks for
 * the pain before and after, asks before stopping, keeps the cues in step with the engine, and says when the
 * front end should next wake. Both front ends drive it, so that a key does the same in each; they only draw
 * {@link #view()} or {@link #end()} and hand over keys.
 *
 * <p>The stages: {@link Stage#READY} (the first step shown, the pain question open if the session is kept),
 * {@link Stage#RUNNING} (started: running, paused or waiting for the user), {@link Stage#ENDED} (the end page,
 * asking for the pain after), and {@link Stage#LEFT}. Not thread-safe: call it from the front end's one thread.
 * Its services (sound, journal) are let go when it is left, once.
 */
public final class SessionController {

    /** Where the session stands, as the front end shows it. */
    public enum Stage { READY, RUNNING, ENDED, LEFT }

    private final Timeline timeline;
    private final Session session;
    private final Ticker ticker;
    private final SessionSetup setup;
    private final StandIn standIn;
    private final Notices notices;
    private final StepTally tally = new StepTally();
    private List<String> warnings;
    private SessionSafety safety = SessionSafety.NONE;
    private BooleanSupplier lastSessionRose = () -> false;
    /** Why "+" asks, and of which segment, while it asks. */
    private Optional<String> doseWhy = Optional.empty();
    private int doseIndex = -1;
    /** A red flag, from its pain score until the next key. */
    private Optional<String> redFlag = Optional.empty();
    private SessionServices services = SessionServices.NONE;
    private boolean prepared;
    private boolean released;
    private SessionView.Overlay overlay = SessionView.Overlay.NONE;
    private Optional<Notice> notice = Optional.empty();
    private Optional<Segment> lastSegment = Optional.empty();
    private Optional<PainQuestion> painBefore = Optional.empty();
    private OptionalInt painBeforeGiven = OptionalInt.empty();
    private Optional<EndSummary> end = Optional.empty();
    private Optional<PainQuestion> painAfter = Optional.empty();
    private Optional<String> painAfterLine = Optional.empty();
    private boolean left;

    /**
     * @param session a session of {@code timeline}, not yet started, reading {@code ticker}
     * @param setup attaches the session's sound and journal when {@link #prepare()} is called
     * @param standIn what the front end does, from any thread, for a cue that cannot be heard
     * @param notices where the services tell of trouble, from any thread; the front end hands each notice
     *     back on its own thread through {@link #notice(Notice)}
     */
    public SessionController(Timeline timeline, Session session, Ticker ticker, SessionSetup setup, StandIn standIn,
            Notices notices) {
        this.timeline = timeline;
        this.session = session;
        this.ticker = ticker;
        this.setup = setup;
        this.standIn = standIn;
        this.notices = notices;
        this.warnings = Warnings.of(timeline.routine());
        session.addListener(tally);
        // Said on the screen at once, on the front end's thread, which is the one that updates the session.
        session.addListener(event -> {
            if (event instanceof SessionEvent.TimeAway) {
                notice = Optional.of(new Notice(Notice.Topic.SESSION, TimeAwayText.of((SessionEvent.TimeAway) event)));
            }
        });
    }

    /**
     * Tells the controller what the safety screen settled for this session: once it has been answered, the
     * routine's inversion reminder is not repeated before the start, and the safety prompt is shown in short, its
     * full text one key away ({@link Command#DETAILS}). Call before the session starts.
     */
    public void safety(SessionSafety newSafety) {
        safety = newSafety;
        warnings = newSafety.screened()
                ? Warnings.of(timeline.routine()).stream().filter(w -> !w.equals(Warnings.INVERSION_REMINDER)).toList()
                : Warnings.of(timeline.routine());
    }

    /**
     * Tells the controller where to learn, if it must, whether the session before this one raised the pain by 2
     * or more: a second such session in a row is a red flag. It is asked only when this session's pain rose so.
     */
    public void painHistory(BooleanSupplier lastRose) {
        lastSessionRose = lastRose;
    }

    /**
     * Attaches the session's sound and journal; call once the screen shows the session, since a sound device
     * may take a moment. A session that is kept asks for the pain score before it starts. Later calls do
     * nothing.
     */
    public void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        services = setup.prepare(timeline, session, ticker, standIn, notices);
        if (session.state() == SessionState.READY && services.pain().map(PainScores::asksBefore).orElse(false)) {
            painBefore = Optional.of(new PainQuestion());
        }
    }

    /**
     * Prepares the session and starts it at once at segment {@code index} with {@code already} of it done, as a
     * session picked up after a cut-off goes on: the user has said to go on already.
     */
    public void startAt(int index, Duration already) {
        prepare();
        painBefore = Optional.empty();
        session.startAt(index, already);
    }

    public Stage stage() {
        if (left) {
            return Stage.LEFT;
        }
        if (end.isPresent()) {
            return Stage.ENDED;
        }
        return session.state() == SessionState.READY ? Stage.READY : Stage.RUNNING;
    }

    /** Something the user should know, shown until the session ends; call on the front end's thread. */
    public void notice(Notice newNotice) {
        notice = Optional.of(newNotice);
    }

    /**
     * Catches up with the clock: hands the cues over first (each must be handed over ahead of its moment,
     * before the session reaches it), then moves the session on.
     */
    public void update() {
        if (end.isEmpty() && !left) {
            services.cues().ifPresent(SessionCues::update);
            session.update();
            if (overlay == SessionView.Overlay.CONFIRM_DOSE
                    && session.snapshot().segment().map(Segment::index).orElse(-1) != doseIndex) {
                // The step asked about is over: the question no longer means anything.
                overlay = SessionView.Overlay.NONE;
            }
            noteEnd();
        }
    }

    /**
     * The ticker reading at which what the screen shows next changes by itself: the session's or a cue's next
     * moment, or the next change of the second shown; empty when only the user can change it.
     */
    public OptionalLong nextWake() {
        if (stage() != Stage.READY && stage() != Stage.RUNNING) {
            return OptionalLong.empty();
        }
        OptionalLong due = nextDue();
        SessionSnapshot snap = session.snapshot();
        if (snap.state() != SessionState.RUNNING || snap.segmentRemaining().isEmpty()) {
            return due;
        }
        return earliest(due, OptionalLong.of(ticker.read()
                + DurationText.nanosUntilNextSecond(snap.segmentRemaining().get())));
    }

    /**
     * The ticker reading at which the session or a cue next needs the controller, whatever is shown; for a
     * front end that draws nothing between events, such as the line-by-line output.
     */
    public OptionalLong nextDue() {
        return earliest(session.nextDue(), services.cues().map(SessionCues::nextDue).orElse(OptionalLong.empty()));
    }

    /**
     * Acts on a key, as the key map says.
     *
     * @return the outcome to leave with, when the front end should leave the session now
     */
    public Optional<Outcome> onKey(Key key) {
        Command command = KeyMap.session(key);
        if (command == Command.INTERRUPT) {
            return Optional.of(stopAtOnce());
        }
        if (command == Command.CUT_OFF) {
            return Optional.of(interrupt());
        }
        if (stage() == Stage.ENDED) {
            return onEndPageKey(key, command);
        }
        if (overlay == SessionView.Overlay.HELP || overlay == SessionView.Overlay.DETAILS
                || overlay == SessionView.Overlay.RED_FLAG) {
            closeOverlay();
            return Optional.empty();
        }
        if (overlay == SessionView.Overlay.CONFIRM_DOSE) {
            overlay = SessionView.Overlay.NONE;
            if (KeyMap.confirmsAddedTime(key)) {
                addTimeUpToTheCap();
            }
            return Optional.empty();
        }
        if (overlay == SessionView.Overlay.CONFIRM_STOP) {
            overlay = SessionView.Overlay.NONE;
            if (KeyMap.isYes(key)) {
                session.stop();
                noteEnd();
            }
            return Optional.empty();
        }
        if (askingBefore()) {
            PainQuestion question = painBefore.get();
            PainQuestion.Reply reply = question.onKey(key);
            if (reply == PainQuestion.Reply.KEPT) {
                keepBefore(question.score());
            }
            if (reply != PainQuestion.Reply.NOT_MINE) {
                return Optional.empty();
            }
        }
        return command(command);
    }

    /**
     * Carries out {@code command}, as from a button or a key.
     *
     * @return the outcome to leave with, when the front end should leave the session now
     */
    public Optional<Outcome> command(Command command) {
        if (command == Command.INTERRUPT) {
            return Optional.of(stopAtOnce());
        }
        if (command == Command.CUT_OFF) {
            return Optional.of(interrupt());
        }
        if (stage() == Stage.ENDED) {
            return onEndPageKey(Key.of(Key.Name.OTHER), command);
        }
        if (stage() == Stage.LEFT) {
            return Optional.empty();
        }
        if (overlay == SessionView.Overlay.HELP || overlay == SessionView.Overlay.DETAILS
                || overlay == SessionView.Overlay.RED_FLAG
                || overlay == SessionView.Overlay.CONFIRM_DOSE && command != Command.ADD_TIME) {
            // A button or a line of input acts at once, and closes what was only there to be read or answered.
            closeOverlay();
        }
        if (command == Command.TOGGLE && askingBefore()) {
            // Starting is always one key away, answered or not: on the table, nobody is held up by a question.
            keepBefore(painBefore.get().close());
        }
        switch (command) {
            case TOGGLE:
                session.toggle();
                break;
            case DONE:
                session.done();
                break;
            case SKIP:
                session.skip();
                break;
            case SKIP_STEP:
                session.skipStep();
                break;
            case FORWARD:
                if (session.state() == SessionState.WAITING) {
                    session.done();
                } else {
                    session.skip();
                }
                break;
            case BACK:
                session.back();
                break;
            case ADD_TIME:
                addTime();
                break;
            case SOUND:
                services.sound().ifPresent(now -> services.setMuted(now.state() != SoundStatus.State.MUTED));
                break;
            case STOP:
                if (session.state() == SessionState.READY) {
                    // Nothing has happened yet, so there is nothing to lose or to record: leave at once.
                    return Optional.of(leave(Outcome.STOPPED));
                }
                overlay = SessionView.Overlay.CONFIRM_STOP;
                break;
            case HELP:
                overlay = SessionView.Overlay.HELP;
                break;
            case DETAILS:
                overlay = SessionView.Overlay.DETAILS;
                break;
            default:
                break;
        }
        noteEnd();
        return Optional.empty();
    }

    /**
     * Stops the session at once, without asking: plain mode's {@code q}, or a window closed once the user said
     * so. The end page follows, as after any stop.
     */
    public void stop() {
        if (session.state() != SessionState.READY && end.isEmpty()) {
            session.stop();
            noteEnd();
        }
    }

    /** Where the engine stands: running, paused, waiting for the user, over. */
    public SessionState state() {
        return session.state();
    }

    /**
     * Ctrl-C: the user stops at once. The session stops, kept as stopped (the journal has its end before this
     * returns), and its services are let go; the front end leaves with status 130. On the end page the session is
     * recorded already, and keeps its own outcome.
     */
    public Outcome stopAtOnce() {
        if (end.isPresent()) {
            return leave(end.get().outcome());
        }
        if (session.state() != SessionState.READY && !session.state().isOver()) {
            session.stop();
        }
        return leave(Outcome.INTERRUPTED);
    }

    /**
     * A lost terminal, or the program ended from outside: the journal hears first that this is a cut-off, then
     * the session stops and its services are let go, so that the session can be picked up again. On the end page
     * the session is recorded already, and keeps its own outcome.
     */
    public Outcome interrupt() {
        if (end.isPresent()) {
            return leave(end.get().outcome());
        }
        if (session.state() != SessionState.READY && !session.state().isOver()) {
            services.interrupted();
            session.stop();
        }
        return leave(Outcome.INTERRUPTED);
    }

    /** What the session screen shows now. */
    public SessionView view() {
        SessionSnapshot snap = session.snapshot();
        List<Segment> segments = timeline.segments();
        boolean ready = snap.state() == SessionState.READY;
        Optional<Segment> shown = ready ? segments.stream().findFirst() : snap.segment();
        Optional<Segment> next = ready ? segments.stream().skip(1).findFirst() : snap.next();
        SessionView.Overlay shownOverlay = overlay == SessionView.Overlay.NONE && askingBefore()
                ? SessionView.Overlay.PAIN_BEFORE : overlay;
        Optional<String> overlayText = shownOverlay == SessionView.Overlay.DETAILS ? shown.map(s -> details(s, ready))
                : shownOverlay == SessionView.Overlay.CONFIRM_DOSE ? doseWhy
                : shownOverlay == SessionView.Overlay.RED_FLAG ? redFlag : Optional.empty();
        return new SessionView(timeline.routine().name(), snap, shown.map(this::asShown), next, services.sound(),
                notice, warnings, shownOverlay, painBefore.filter(PainQuestion::isOpen), painBeforeGiven,
                timeline.steps(), overlayText);
    }

    /** {@code segment} as the screen shows it: a step said in short says its short text instead of its note. */
    private Segment asShown(Segment segment) {
        String text = safety.shortTexts().get(segment.index());
        return text == null ? segment : ShortCheck.saying(segment, text);
    }

    /**
     * "+": adds the time, unless it takes the step past its limit; then asks first, and the next "+" (or y) adds
     * it anyway.
     */
    private void addTime() {
        if (overlay == SessionView.Overlay.CONFIRM_DOSE) {
            overlay = SessionView.Overlay.NONE;
            addTimeUpToTheCap();
            return;
        }
        Optional<Segment> current = session.snapshot().segment().filter(s -> !s.isManual());
        Optional<String> why = current.flatMap(s -> safety.limits().whyAsk(s,
                s.length().orElseThrow().plus(Command.ADDED_TIME)));
        if (why.isEmpty() || session.state() != SessionState.RUNNING && session.state() != SessionState.PAUSED) {
            addTimeUpToTheCap();
            return;
        }
        doseWhy = why;
        doseIndex = current.get().index();
        overlay = SessionView.Overlay.CONFIRM_DOSE;
    }

    /** Adds the time; a step already at the longest a step may last gets less, or none, and the screen says so. */
    private void addTimeUpToTheCap() {
        Optional<Segment> timed = session.snapshot().segment().filter(s -> !s.isManual());
        if (timed.isPresent() && session.addTime(Command.ADDED_TIME).compareTo(Command.ADDED_TIME) < 0) {
            notice = Optional.of(new Notice(Notice.Topic.SESSION, "A step lasts at most "
                    + DurationText.of(Limits.MAX_DURATION) + ": no more time can be added to this one."));
        }
    }

    private void closeOverlay() {
        if (overlay == SessionView.Overlay.RED_FLAG) {
            redFlag = Optional.empty();
        }
        overlay = SessionView.Overlay.NONE;
    }

    /** A red flag, while it is shown: from the pain score that raised it until the next key. */
    public Optional<String> redFlag() {
        return redFlag;
    }

    /**
     * A step's whole note; before the start, the routine's warnings first, as they take the note's place on the
     * screen then.
     */
    private String details(Segment segment, boolean ready) {
        String note = segment.note().orElse(segment.title() + ": nothing more to read about this step.");
        if (!ready || warnings.isEmpty()) {
            return note;
        }
        return String.join("\n\n", warnings.stream().map(w -> "! " + w).toList()) + "\n\n" + note;
    }

    /** How the session went, once it is over. */
    public Optional<EndSummary> end() {
        return end;
    }

    /** The pain question on the end page, while it is open. */
    public Optional<PainQuestion> painAfter() {
        return painAfter.filter(PainQuestion::isOpen);
    }

    /** What became of the score given on the end page: kept, or not. */
    public Optional<String> painAfterLine() {
        return painAfterLine;
    }

    /** Lets the session's services go, if they are still held; the front end calls it when it leaves anyway. */
    public void release() {
        if (!released) {
            released = true;
            services.close();
        }
    }

    private Optional<Outcome> onEndPageKey(Key key, Command command) {
        if (redFlag.isPresent()) {
            // Read before anything else happens: the next key only closes it.
            redFlag = Optional.empty();
            return Optional.empty();
        }
        Optional<PainQuestion> asking = painAfter();
        if (asking.isPresent()) {
            PainQuestion.Reply reply = asking.get().onKey(key);
            if (reply == PainQuestion.Reply.KEPT) {
                int score = asking.get().score().getAsInt();
                boolean kept = services.pain().orElseThrow().after(score);
                painAfterLine = Optional.of(kept ? PainScale.kept(score) : PainScale.notKept(score));
                redFlag = RedFlags.afterSession(painBeforeGiven, score, lastSessionRose);
            }
            if (reply != PainQuestion.Reply.NOT_MINE) {
                return Optional.empty();
            }
        }
        return command == Command.DONE || command == Command.STOP || command == Command.TOGGLE
                ? Optional.of(leave(end.get().outcome())) : Optional.empty();
    }

    private boolean askingBefore() {
        return session.state() == SessionState.READY && painBefore.map(PainQuestion::isOpen).orElse(false);
    }

    private void keepBefore(OptionalInt score) {
        score.ifPresent(s -> {
            services.pain().orElseThrow().before(s);
            painBeforeGiven = OptionalInt.of(s);
            redFlag = RedFlags.score(s);
            if (redFlag.isPresent()) {
                overlay = SessionView.Overlay.RED_FLAG;
            }
        });
    }

    /** Once the session is over, makes the end page's summary and opens its pain question. */
    private void noteEnd() {
        SessionSnapshot snap = session.snapshot();
        if (snap.segment().isPresent()) {
            lastSegment = snap.segment();
        }
        if (end.isPresent() || !session.state().isOver()) {
            return;
        }
        closeOverlay();
        Outcome outcome = session.state() == SessionState.FINISHED ? Outcome.COMPLETED : Outcome.STOPPED;
        end = Optional.of(new EndSummary(timeline.routine().name(), outcome, tally.active(), snap.sinceStart(),
                tally.completedSteps(), tally.skippedSteps(), timeline.steps(),
                outcome == Outcome.COMPLETED ? Optional.empty() : lastSegment, snap.done(), snap.total()));
        painAfter = services.pain().map(p -> new PainQuestion());
    }

    private Outcome leave(Outcome outcome) {
        left = true;
        release();
        return outcome;
    }

    private static OptionalLong earliest(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
    }
}
