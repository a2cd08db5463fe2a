package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The session screen and its keys: runs the engine's commands, asks before stopping, shows the help, keeps
 * the cues in step, and moves on to the end screen when the session is over.
 */
final class SessionPage implements Page {

    static final Duration ADDED_TIME = Duration.ofSeconds(30);

    private enum Mode { PLAIN, HELP, CONFIRM_STOP }

    private final Timeline timeline;
    private final Session session;
    private final Ticker ticker;
    private final SessionSetup setup;
    private final ScreenHooks hooks;
    private final Releases releases;
    private final Afterwards afterwards;
    private final Tally tally = new Tally();
    private final List<String> warnings;
    private SessionExtras extras = SessionExtras.none();
    private boolean prepared;
    private Runnable release = () -> { };
    private Mode mode = Mode.PLAIN;
    private Optional<String> notice = Optional.empty();
    private Optional<Segment> lastSegment = Optional.empty();
    /** The pain question before the start, once the setup says the session is kept; closed once answered. */
    private Optional<PainQuestion> painBefore = Optional.empty();

    /**
     * @param session a session of {@code timeline}, not yet started, reading {@code ticker}
     * @param setup readies the session once the screen is first drawn
     * @param releases where the setup's extras are kept until they are let go
     */
    SessionPage(Timeline timeline, Session session, Ticker ticker, SessionSetup setup, ScreenHooks hooks,
            Releases releases, Afterwards afterwards) {
        this.timeline = timeline;
        this.session = session;
        this.ticker = ticker;
        this.setup = setup;
        this.hooks = hooks;
        this.releases = releases;
        this.afterwards = afterwards;
        this.warnings = Warnings.of(timeline.routine());
        session.addListener(tally);
    }

    /**
     * Readies the session (journal, cues) now that the screen shows it; a sound device may take a moment. A
     * session that is kept asks for the pain score before it starts.
     */
    @Override
    public void shown() {
        prepare();
        if (session.state() == SessionState.READY && painBefore.isEmpty()
                && extras.pain().map(PainScores::asksBefore).orElse(false)) {
            painBefore = Optional.of(new PainQuestion());
        }
    }

    /**
     * Readies the session and starts it at once at segment {@code index} with {@code already} of it done, as a
     * session picked up after a cut-off goes on: the user has said to go on already.
     */
    void startAt(int index, Duration already) {
        prepare();
        session.startAt(index, already);
    }

    private void prepare() {
        if (!prepared) {
            prepared = true;
            extras = setup.prepare(timeline, session, ticker, hooks);
            release = releases.track(extras.close());
        }
    }

    @Override
    public void notice(String line) {
        notice = Optional.of(line);
    }

    @Override
    public Turn update() {
        // Cues first: each must be handed over ahead of its moment, before the session reaches it.
        extras.cues().ifPresent(SessionCues::update);
        session.update();
        return afterCommand();
    }

    @Override
    public void draw(Canvas canvas) {
        SessionPainter.paint(canvas, view());
        boolean ready = session.state() == SessionState.READY;
        OptionalInt given = painBefore.map(PainQuestion::score).orElse(OptionalInt.empty());
        if (ready && given.isPresent()) {
            canvas.textRight(3, PainQuestion.kept(given.getAsInt()), 1, canvas.palette().plain());
        }
        if (mode == Mode.HELP) {
            Overlay.keys(canvas, "Keys", HelpText.session(canvas.glyphs()), HelpText.FOOT);
        } else if (mode == Mode.CONFIRM_STOP) {
            Overlay.question(canvas, "Stop the session?", "y stop now   any other key: carry on");
        } else if (ready && painBefore.map(PainQuestion::isOpen).orElse(false)) {
            painBefore.get().draw(canvas, "0–10 and Enter keep it   Enter or Esc skip   Space start");
        }
    }

    @Override
    public OptionalLong redrawAt() {
        OptionalLong due = earliest(session.nextDue(), extras.cues().map(SessionCues::nextDue)
                .orElse(OptionalLong.empty()));
        SessionSnapshot snap = session.snapshot();
        if (snap.state() != SessionState.RUNNING || snap.segmentRemaining().isEmpty()) {
            return due;
        }
        long nextSecond = ticker.read() + DurationText.nanosUntilNextSecond(snap.segmentRemaining().get());
        return earliest(due, OptionalLong.of(nextSecond));
    }

    @Override
    public Turn onKey(KeyStroke key) {
        Command command = Command.of(key);
        if (command == Command.INTERRUPT) {
            return interrupt();
        }
        if (mode == Mode.HELP) {
            mode = Mode.PLAIN;
            return Turn.stay();
        }
        if (mode == Mode.CONFIRM_STOP) {
            mode = Mode.PLAIN;
            if (isYes(key)) {
                session.stop();
            }
            return afterCommand();
        }
        if (session.state() == SessionState.READY && painBefore.map(PainQuestion::isOpen).orElse(false)) {
            PainQuestion question = painBefore.get();
            PainQuestion.Reply reply = question.onKey(key);
            if (reply == PainQuestion.Reply.KEPT) {
                extras.pain().orElseThrow().before(question.score().getAsInt());
            }
            if (reply != PainQuestion.Reply.NOT_MINE) {
                return Turn.stay();
            }
            if (command == Command.TOGGLE) {
                // Starting is always one key away, answered or not: on the table, nobody is held up by a question.
                question.close().ifPresent(score -> extras.pain().orElseThrow().before(score));
            }
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
            case BACK:
                session.back();
                break;
            case ADD_TIME:
                session.addTime(ADDED_TIME);
                break;
            case SOUND:
                extras.cues().ifPresent(cues -> cues.setMuted(!cues.isMuted()));
                break;
            case STOP:
                if (session.state() == SessionState.READY) {
                    // Nothing has happened yet, so there is nothing to lose or to record: leave at once.
                    release.run();
                    return afterwards.then().apply(ExitStatus.STOPPED);
                }
                mode = Mode.CONFIRM_STOP;
                break;
            case HELP:
                mode = Mode.HELP;
                break;
            default:
                break;
        }
        return afterCommand();
    }

    /** Ctrl-C: the journal hears first that this is an interruption, then the session stops and is let go. */
    @Override
    public Turn interrupt() {
        if (session.state() != SessionState.READY && !session.state().isOver()) {
            extras.interrupted().run();
            session.stop();
        }
        release.run();
        return Turn.exit(ExitStatus.INTERRUPTED);
    }

    /** What the screen shows now. */
    SessionView view() {
        SessionSnapshot snap = session.snapshot();
        List<Segment> segments = timeline.segments();
        Optional<Segment> shown = snap.state() == SessionState.READY ? segments.stream().findFirst()
                : snap.segment();
        Optional<Segment> next = snap.state() == SessionState.READY
                ? segments.stream().skip(1).findFirst() : snap.next();
        Optional<Boolean> soundOn = extras.cues().map(cues -> !cues.isMuted());
        return new SessionView(timeline.routine().name(), snap, shown, next, soundOn, notice, warnings);
    }

    private Turn afterCommand() {
        SessionSnapshot snap = session.snapshot();
        if (snap.segment().isPresent()) {
            lastSegment = snap.segment();
        }
        if (!session.state().isOver()) {
            return Turn.stay();
        }
        boolean completed = session.state() == SessionState.FINISHED;
        int status = completed ? ExitStatus.COMPLETED : ExitStatus.STOPPED;
        EndView end = new EndView(timeline.routine().name(), completed, tally.active(), snap.sinceStart(),
                tally.completedSteps(), tally.skippedSteps(), timeline.segments().size(),
                completed ? Optional.empty() : lastSegment, afterwards.label());
        Runnable letGo = release;
        return Turn.to(new EndPage(end, () -> {
            letGo.run();
            return afterwards.then().apply(status);
        }, status, extras.pain()));
    }

    private static OptionalLong earliest(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
    }

    private static boolean isYes(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return false;
        }
        char c = Character.toLowerCase(key.getCharacter());
        return c == 'y' || c == 'q';
    }
}
