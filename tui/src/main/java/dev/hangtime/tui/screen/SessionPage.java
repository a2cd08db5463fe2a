package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.PainScale;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionView;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.session.SessionState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The session screen: draws the shared {@link SessionController}'s view and hands it the keys; moves on to the
 * end page when the session is over, and to wherever the session was started from when it is left.
 */
final class SessionPage implements Page {

    /** How many lines a page key scrolls a text box. */
    private static final int TEXT_PAGE = 10;

    private final SessionController controller;
    private final Afterwards afterwards;
    /** While a text box is open: the first of its lines shown, and the last that can be first. */
    private int textTop;
    private int textLastTop;

    /**
     * @param releases where the controller is kept until it has let its services go
     */
    SessionPage(SessionController controller, Releases releases, Afterwards afterwards) {
        this.controller = controller;
        this.afterwards = afterwards;
        releases.track(controller::release);
    }

    /** Readies the session (journal, cues) now that the screen shows it; a sound device may take a moment. */
    @Override
    public void shown() {
        controller.prepare();
    }

    /**
     * Readies the session and starts it at once at segment {@code index} with {@code already} of it done, as a
     * session picked up after a cut-off goes on: the user has said to go on already.
     */
    void startAt(int index, Duration already) {
        controller.startAt(index, already);
    }

    @Override
    public void notice(Notice notice) {
        controller.notice(notice);
    }

    @Override
    public Turn update() {
        controller.update();
        return next(Optional.empty());
    }

    @Override
    public void draw(Canvas canvas) {
        SessionView view = controller.view();
        SessionPainter.paint(canvas, view);
        if (view.painBefore().isPresent() && view.state() == SessionState.READY) {
            canvas.textRight(3, PainScale.kept(view.painBefore().getAsInt()), 1, canvas.palette().plain());
        }
        switch (view.overlay()) {
            case HELP:
                Overlay.keys(canvas, "Keys", HelpText.session(canvas.glyphs()), HelpText.FOOT);
                break;
            case CONFIRM_STOP:
                Overlay.question(canvas, "Stop the session?", "y stop now   any other key: carry on");
                break;
            case PAIN_BEFORE:
                PainBox.draw(canvas, view.painQuestion().orElseThrow(),
                        "0–10 and Enter keep it   Enter or Esc skip   Space start");
                break;
            case DETAILS:
                textLastTop = TextBox.draw(canvas, view.shown().map(s -> s.label()).orElse("This step"),
                        view.overlayText().orElse(""), "Any key closes this.", textTop);
                break;
            case CONFIRM_DOSE:
                Overlay.ask(canvas, "Add 30 seconds?", List.of(view.overlayText().orElse("")), Optional.empty(),
                        "+ or y add it anyway   any other key: no");
                break;
            case RED_FLAG:
                textLastTop = TextBox.draw(canvas, "Pain: a red flag", view.overlayText().orElse(""),
                        "Any key closes this.", textTop);
                break;
            default:
                break;
        }
    }

    /** The session compact, or in one line: it runs on whatever the window's size. */
    @Override
    public void drawSmall(Canvas canvas) {
        CompactSessionPainter.paint(canvas, controller.view());
    }

    @Override
    public OptionalLong redrawAt() {
        return controller.nextWake();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        SessionView.Overlay overlay = controller.view().overlay();
        if (overlay == SessionView.Overlay.DETAILS || overlay == SessionView.Overlay.RED_FLAG) {
            // A text box scrolls on the arrows and pages, as far as it was last drawn; any other key closes it,
            // which the controller does.
            OptionalInt target = ListKeys.target(key.getKeyType(), textTop, TEXT_PAGE);
            if (target.isPresent()) {
                textTop = Math.max(0, Math.min(target.getAsInt(), textLastTop));
                return Turn.stay();
            }
        }
        textTop = 0;
        return next(controller.onKey(LanternaKeys.of(key)));
    }

    /** Ctrl-C: the session stops, kept as stopped, and the app leaves with status 130. */
    @Override
    public Turn interrupt() {
        return Turn.exit(controller.stopAtOnce().exitStatus());
    }

    /** The terminal gone: the journal hears first that this is a cut-off, then the session stops and is let go. */
    @Override
    public Turn cutOff() {
        return Turn.exit(controller.interrupt().exitStatus());
    }

    /** The controller, as the tests and the end page see it. */
    SessionController controller() {
        return controller;
    }

    private Turn next(Optional<Outcome> left) {
        if (left.isPresent()) {
            return afterwards.then().apply(left.get().exitStatus());
        }
        if (controller.stage() == SessionController.Stage.ENDED) {
            return Turn.to(new EndPage(controller, afterwards));
        }
        return Turn.stay();
    }
}
