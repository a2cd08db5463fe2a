package dev.hangtime.desktop.model;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.EndSummary;
import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.control.PainQuestion;
import dev.hangtime.core.control.PainScale;
import dev.hangtime.core.control.SessionView;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.SessionSnapshot;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.StepText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Words the shared controller's view for the window: the same facts and wording as the terminal's session
 * screen, laid out as values a view binds to.
 */
final class SessionScreens {

    /** Between the parts of a line, as the terminal app separates them. */
    static final String DOT = " · ";

    /** The keys of the pain question, before the start, where Space also starts the session. */
    static final String PAIN_BEFORE_KEYS = "0–10 and Enter keep it   Enter or Esc skip   Space start";
    /** The keys of the pain question on the end page. */
    static final String PAIN_AFTER_KEYS = "0–10 and Enter keep it   Enter or Esc skip";

    private SessionScreens() {
    }

    /**
     * The session screen of {@code view}.
     *
     * @param closing whether the stop question was asked by the window's close button
     */
    static SessionScreen of(SessionView view, boolean closing) {
        SessionSnapshot snap = view.snapshot();
        SessionState state = view.state();
        Optional<Segment> shown = view.shown();
        boolean ready = state == SessionState.READY;
        boolean manual = view.manual();
        Duration length = shown.flatMap(Segment::length).orElse(Duration.ZERO);
        Duration left = ready ? length : snap.segmentRemaining().orElse(length);
        double stepProgress = ready || manual ? 0.0 : snap.segmentProgress();
        long finalSeconds = view.finalSecondsLeft();
        Optional<Segment> next = view.next();
        return new SessionScreen(
                SafeText.line(view.routineName()),
                header(view),
                state,
                banner(state),
                shown.map(Segment::kind),
                shown.map(s -> StepText.badge(s.kind())).orElse(""),
                shown.map(s -> (ready ? "First: " : "") + SafeText.line(s.label())).orElse(""),
                shown.map(s -> StepText.details(s, DOT)).orElse(""),
                shown.map(Segment::angle).orElse(OptionalInt.empty()),
                manual,
                manual || shown.isEmpty() ? "" : DurationText.remaining(left),
                manual ? shown.map(s -> SafeText.block(s.note().orElse(s.label()))).orElse("") : "",
                manual ? 1.0 : 1.0 - stepProgress,
                finalSeconds > 0,
                stepProgress,
                manual || shown.isEmpty() ? "" : DurationText.of(length.minus(left)) + " of " + DurationText.of(length),
                manual ? Optional.empty() : shown.flatMap(Segment::note).map(SafeText::block),
                ready && !view.warnings().isEmpty() ? Optional.of(SafeText.block(view.warnings().get(0)))
                        : Optional.empty(),
                snap.sessionProgress(),
                DurationText.of(snap.done()) + " of " + DurationText.of(snap.total()),
                finalSeconds > 0 ? "Next in " + finalSeconds + " s: " : "Next: ",
                next.map(SessionScreens::nextText).orElse("the end"),
                next.map(Segment::kind),
                view.notice().map(Notice::message).map(SafeText::line),
                overlay(view.overlay(), closing),
                view.overlayText().map(SafeText::block),
                view.painQuestion().map(q -> prompt(q, PAIN_BEFORE_KEYS)),
                ready && view.painBefore().isPresent()
                        ? Optional.of(PainScale.kept(view.painBefore().getAsInt())) : Optional.empty(),
                buttons(view));
    }

    /** The end page of {@code summary}. */
    static EndScreen end(EndSummary summary, Optional<PainQuestion> painAfter, Optional<String> painAfterLine,
            String leave, Optional<String> redFlag) {
        return new EndScreen(SafeText.line(summary.routineName()), summary.completed(),
                summary.completed() ? "Session complete. Well done." : "Session stopped.",
                DurationText.of(summary.active()), summary.lines(),
                painAfter.map(q -> prompt(q, PAIN_AFTER_KEYS)), painAfterLine, leave,
                redFlag.map(SafeText::block));
    }

    static PainPrompt prompt(PainQuestion question, String keys) {
        return new PainPrompt(PainScale.QUESTION, question.typed(), question.problem(), keys);
    }

    private static String header(SessionView view) {
        return view.sound().map(sound -> sound.label() + DOT).orElse("") + view.where();
    }

    private static Banner banner(SessionState state) {
        switch (state) {
            case READY:
                return Banner.READY;
            case PAUSED:
                return Banner.PAUSED;
            case WAITING:
                return Banner.WAITING;
            default:
                return Banner.NONE;
        }
    }

    private static String nextText(Segment next) {
        return SafeText.line(next.title())
                + next.length().map(d -> " — " + DurationText.of(d)).orElse(" — when you are done");
    }

    private static SessionScreen.Overlay overlay(SessionView.Overlay overlay, boolean closing) {
        switch (overlay) {
            case HELP:
                return SessionScreen.Overlay.HELP;
            case CONFIRM_STOP:
                return closing ? SessionScreen.Overlay.CONFIRM_CLOSE : SessionScreen.Overlay.CONFIRM_STOP;
            case PAIN_BEFORE:
                return SessionScreen.Overlay.PAIN_BEFORE;
            case DETAILS:
                return SessionScreen.Overlay.DETAILS;
            case RED_FLAG:
                return SessionScreen.Overlay.RED_FLAG;
            case CONFIRM_DOSE:
                return SessionScreen.Overlay.CONFIRM_DOSE;
            default:
                return SessionScreen.Overlay.NONE;
        }
    }

    /** A button for each command of the key map, but a remote's "next" (the buttons say done or skip). */
    private static List<CommandButton> buttons(SessionView view) {
        SessionState state = view.state();
        boolean ready = state == SessionState.READY;
        List<CommandButton> buttons = new ArrayList<>();
        for (KeyMap.Binding binding : KeyMap.SESSION) {
            Command command = binding.command();
            switch (command) {
                case TOGGLE:
                    buttons.add(button(binding, ready ? "Start" : state == SessionState.PAUSED ? "Resume" : "Pause",
                            true));
                    break;
                case DONE:
                    buttons.add(button(binding, "Done", state == SessionState.WAITING));
                    break;
                case SKIP:
                    buttons.add(button(binding, "Skip", !ready));
                    break;
                case SKIP_STEP:
                    buttons.add(button(binding, "Skip step", !ready));
                    break;
                case BACK:
                    buttons.add(button(binding, "Back", !ready));
                    break;
                case ADD_TIME:
                    buttons.add(button(binding, "+30 s", state == SessionState.RUNNING));
                    break;
                case SOUND:
                    buttons.add(button(binding, view.sound().map(s -> s.state() != SoundStatus.State.MUTED).orElse(false)
                            ? "Mute" : "Sound on",
                            view.sound().isPresent()));
                    break;
                case STOP:
                    buttons.add(button(binding, ready ? "Leave" : "Stop", true));
                    break;
                case HELP:
                    buttons.add(button(binding, "Keys", true));
                    break;
                case DETAILS:
                    buttons.add(button(binding, "Details", view.shown().isPresent()));
                    break;
                default:
                    // A remote's next and Ctrl-C have no button: Done and Skip, and closing the window, do that.
                    break;
            }
        }
        return buttons;
    }

    private static CommandButton button(KeyMap.Binding binding, String label, boolean enabled) {
        return new CommandButton(binding.command(), label, binding.keys(), enabled);
    }
}
