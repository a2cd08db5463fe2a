package dev.hangtime.desktop.model;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.control.SessionView;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.OptionalLong;

/**
 * One session in the window, from its ready screen to its end page: the shared {@link SessionController} with
 * what only a window has (a close button that asks first). Keys and buttons go in; a {@link Screen} comes out.
 *
 * <p>Not thread-safe: {@link SessionThread} calls it from one thread of its own, so that a busy window never
 * holds a cue up.
 */
public final class SessionModel {

    private final SessionController controller;
    private final String leave;
    private boolean closing;

    /**
     * @param timeline what the session runs
     * @param ticker the session's clock
     * @param setup attaches the session's sound and journal, at {@link #prepare()}
     * @param flash flashes the window, from any thread, for a cue that cannot be heard
     * @param notices where the sound and the journal tell of trouble, from any thread; hand each back through
     *     {@link #notice(Notice)}
     * @param leave the words of the end page's way out: "Back to the library"
     */
    public SessionModel(Timeline timeline, Ticker ticker, SessionSetup setup, Runnable flash, Notices notices,
            String leave) {
        this(new Session(timeline, ticker), timeline, ticker, setup, flash, notices, leave);
    }

    /**
     * A session that watches for time that stops, as the window's sessions do: a laptop that sleeps with a session
     * running (the monotonic clock stands still while {@code wall} goes on). A heat or ice step counts the sleep as
     * on the skin; any other step is paused, and the window says so.
     */
    public SessionModel(Timeline timeline, Ticker ticker, InstantSource wall, SessionSetup setup, Runnable flash,
            Notices notices, String leave) {
        this(new Session(timeline, ticker, wall), timeline, ticker, setup, flash, notices, leave);
    }

    private SessionModel(Session session, Timeline timeline, Ticker ticker, SessionSetup setup, Runnable flash,
            Notices notices, String leave) {
        this.controller = new SessionController(timeline, session, ticker, setup,
                new StandIn("the window flashes for each cue", flash), notices);
        this.leave = leave;
    }

    /**
     * What the safety screen settled for this session (the safety check in short, the dose limits), and where to
     * learn whether the session before raised the pain; call before {@link #prepare()}.
     */
    public void safety(SessionSafety safety, BooleanSupplier lastSessionRose) {
        controller.safety(safety);
        controller.painHistory(lastSessionRose);
    }

    /** Attaches sound and journal; call once the window shows the session. */
    public void prepare() {
        controller.prepare();
    }

    /** Prepares the session and starts it at once at segment {@code index} with {@code already} of it done. */
    public void startAt(int index, Duration already) {
        controller.startAt(index, already);
    }

    /** What the window shows now. */
    public Screen screen() {
        if (controller.end().isPresent()) {
            return SessionScreens.end(controller.end().get(), controller.painAfter(), controller.painAfterLine(),
                    leave, controller.redFlag());
        }
        SessionView view = controller.view();
        return SessionScreens.of(view, closing && view.overlay() == SessionView.Overlay.CONFIRM_STOP);
    }

    /** Catches up with the clock: cues first, then the session. */
    public void update() {
        controller.update();
    }

    /** The ticker reading at which the screen next changes by itself, or a cue is due. */
    public OptionalLong nextWake() {
        return controller.nextWake();
    }

    /** Something to show until the session ends; call on this model's thread. */
    public void notice(Notice notice) {
        controller.notice(notice);
    }

    /**
     * Acts on a key as the key map says.
     *
     * @return how the session was left, when the window should now leave it
     */
    public Optional<Outcome> key(Key key) {
        if (key.isInterrupt()) {
            // Ctrl-C copies in a window; closing the window is how to leave at once.
            return Optional.empty();
        }
        return afterwards(controller.onKey(key));
    }

    /**
     * Carries out a button's command.
     *
     * @return how the session was left, when the window should now leave it
     */
    public Optional<Outcome> command(Command command) {
        if (command == Command.INTERRUPT) {
            return Optional.empty();
        }
        return afterwards(controller.command(command));
    }

    /** The answer to the stop question, from its button: yes stops. */
    public Optional<Outcome> answerStop(boolean yes) {
        return key(yes ? Key.character('y') : Key.of(Key.Name.OTHER));
    }

    /**
     * The window's close button. Before the start or on the end page the session is left at once; during it,
     * the user is asked first, and the window closes once they say yes.
     *
     * @return how the session was left, when the window may close now; empty while it asks
     */
    public Optional<Outcome> requestClose() {
        switch (controller.stage()) {
            case READY:
            case ENDED:
            case LEFT:
                return Optional.of(controller.interrupt());
            default:
                closing = true;
                controller.command(Command.STOP);
                return Optional.empty();
        }
    }

    /**
     * The program is ending (a SIGTERM at logout, say): the journal hears that the session was interrupted,
     * and sound and journal are let go. On the end page the session keeps its own outcome.
     */
    public Outcome interrupt() {
        return controller.interrupt();
    }

    /** Whether the session has been left: nothing more to show. */
    public boolean left() {
        return controller.stage() == SessionController.Stage.LEFT;
    }

    /** Lets sound and journal go, if they are still held. */
    public void release() {
        controller.release();
    }

    private Optional<Outcome> afterwards(Optional<Outcome> left) {
        if (left.isPresent()) {
            return left;
        }
        if (closing) {
            if (controller.stage() == SessionController.Stage.ENDED) {
                // Stopped by the close button: the journal has the end; the window goes without the end page.
                return Optional.of(controller.interrupt());
            }
            if (controller.view().overlay() != SessionView.Overlay.CONFIRM_STOP) {
                closing = false;
            }
        }
        return Optional.empty();
    }
}
