package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The session screen and its keys: runs the engine's commands, asks before stopping, shows the help, and
 * moves on to the end screen when the session is over.
 */
final class SessionPage implements Page {

    static final Duration ADDED_TIME = Duration.ofSeconds(30);

    private enum Mode { PLAIN, HELP, CONFIRM_STOP }

    private final Timeline timeline;
    private final Session session;
    private final Ticker ticker;
    private final SoundSwitch sound;
    private final Afterwards afterwards;
    private final Tally tally = new Tally();
    private Mode mode = Mode.PLAIN;
    private Optional<Segment> lastSegment = Optional.empty();

    /**
     * @param session a session of {@code timeline}, not yet started, reading {@code ticker}
     */
    SessionPage(Timeline timeline, Session session, Ticker ticker, SoundSwitch sound, Afterwards afterwards) {
        this.timeline = timeline;
        this.session = session;
        this.ticker = ticker;
        this.sound = sound;
        this.afterwards = afterwards;
        session.addListener(tally);
    }

    @Override
    public Turn update() {
        session.update();
        return afterCommand();
    }

    @Override
    public void draw(Canvas canvas) {
        SessionPainter.paint(canvas, view());
        if (mode == Mode.HELP) {
            Overlay.keys(canvas, "Keys", HelpText.session(canvas.glyphs()), HelpText.FOOT);
        } else if (mode == Mode.CONFIRM_STOP) {
            Overlay.question(canvas, "Stop the session?", "y stop now   any other key: carry on");
        }
    }

    @Override
    public OptionalLong redrawAt() {
        OptionalLong due = session.nextDue();
        SessionSnapshot snap = session.snapshot();
        if (snap.state() != SessionState.RUNNING || snap.segmentRemaining().isEmpty()) {
            return due;
        }
        long nextSecond = ticker.read() + Clock.nanosUntilNextSecond(snap.segmentRemaining().get());
        return OptionalLong.of(due.isPresent() ? Math.min(due.getAsLong(), nextSecond) : nextSecond);
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
                if (sound != SoundSwitch.NONE) {
                    sound.setOn(!sound.isOn());
                }
                break;
            case STOP:
                if (session.state() == SessionState.READY) {
                    // Nothing has happened yet, so there is nothing to lose or to record: leave at once.
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

    @Override
    public Turn interrupt() {
        if (session.state() != SessionState.READY) {
            session.stop();
        }
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
        Optional<Boolean> soundOn = sound == SoundSwitch.NONE ? Optional.empty() : Optional.of(sound.isOn());
        return new SessionView(timeline.routine().name(), snap, shown, next, soundOn);
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
        return Turn.to(new EndPage(end, () -> afterwards.then().apply(status), status));
    }

    private static boolean isYes(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return false;
        }
        char c = Character.toLowerCase(key.getCharacter());
        return c == 'y' || c == 'q';
    }
}
