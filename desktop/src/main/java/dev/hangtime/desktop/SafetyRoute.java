package dev.hangtime.desktop;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyGate;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.desktop.view.NotRunPane;
import dev.hangtime.desktop.view.SafetyPane;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/**
 * The way from a routine picked to its session, as in the terminal app: a routine with inversion meets the safety
 * screen's answer first. Asked for one, the window shows the safety screen; an answer that leaves the inversion out
 * runs the rest and says why; one that leaves nothing says so, and what to do instead.
 */
final class SafetyRoute {

    /** What the window does for the route. */
    interface Window {
        /** Opens the session, {@code told} at its foot from the start. */
        void session(Timeline timeline, SessionSetup setup, SessionSafety safety, Optional<String> told);

        /** Shows {@code page}, its keys going to {@code keys}. */
        void page(Parent page, Consumer<KeyEvent> keys);

        /** Back to the library: nothing runs. */
        void library();

        /** The window's own controls, for the top of a page. */
        Node bar();
    }

    private final SafetyAnswers answers;
    private final Window window;

    SafetyRoute(SafetyAnswers answers, Window window) {
        this.answers = answers;
        this.window = window;
    }

    /** Runs {@code timeline} as the safety answer allows, asking for one first if it must. */
    void go(Timeline timeline, SessionSetup setup, Optional<String> told) {
        if (!InversionFilter.inverts(timeline.routine())) {
            window.session(timeline, setup, SessionSafety.NONE, told);
            return;
        }
        Screening screening = answers.screening();
        SafetyGate.Decision decision = SafetyGate.decide(timeline, screening);
        switch (decision.kind()) {
            case ASK: {
                SafetyPane pane = new SafetyPane(screening, answer -> go(timeline, setup,
                        answers.keep(answer) ? told : Optional.of(SafetyText.NOT_KEPT)), window::library,
                        window.bar());
                window.page(pane, pane::onKey);
                break;
            }
            case WITHOUT_INVERSION:
                window.session(decision.timeline().orElseThrow(), setup, decision.safety(),
                        Optional.of(told.map(t -> t + " ").orElse("") + decision.why().orElseThrow()
                                + SafetyText.HOW_TO_CHANGE));
                break;
            case NOTHING_LEFT: {
                NotRunPane pane = new NotRunPane("Not run: " + SafeText.line(timeline.routine().name()),
                        List.of(decision.why().orElseThrow(), answers.alternatives(), SafetyText.HOW_TO_SEE_OR_RESET),
                        "Back to the library", window::library);
                window.page(pane, pane::onKey);
                break;
            }
            default:
                window.session(decision.timeline().orElseThrow(), setup, decision.safety(), told);
        }
    }
}
