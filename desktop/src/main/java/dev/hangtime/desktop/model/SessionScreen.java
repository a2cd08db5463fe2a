package dev.hangtime.desktop.model;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.session.SessionState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The session window at one moment, every text ready to show. Made by {@link SessionScreens}; equal screens
 * look the same, so a view redraws only when the screen changes.
 *
 * @param routineName the routine's name
 * @param header where the session stands: "sound on · step 3 of 14"
 * @param state the engine's state
 * @param banner READY, PAUSED or YOUR TURN, or none while a timed step runs
 * @param kind the kind of the step shown, which gives it its colour
 * @param badge the kind in capitals: "INVERSION"
 * @param label the step's label, with "First: " before the start
 * @param details side, set, rep, round and table angle: "Left side · Set 2/3"
 * @param angle the table's angle, for an inversion step
 * @param manual whether the step waits for the user rather than running out
 * @param remaining the time left of a timed step, "0:45", rounded up; empty for a step that waits
 * @param instruction what to do on a step that waits; empty for a timed one
 * @param remainingFraction how much of the step is left, 1 to 0: the ring empties with it
 * @param finalSeconds whether the step is in its last seconds, counted out in the alert colour
 * @param stepProgress how much of the step has run, 0 to 1
 * @param stepTime "0:20 of 1:00"; empty for a step that waits
 * @param note the step's note
 * @param warning before the start, the routine's first warning: the last moment to read it
 * @param sessionProgress how much of the session has run, 0 to 1
 * @param sessionTime "3:10 of 25:30"
 * @param nextLead "Next: ", or "Next in 3 s: " in the last seconds
 * @param next what comes next and for how long, or "the end"
 * @param nextKind the next step's kind, for its colour
 * @param notice something the user should know, such as that the sound stopped
 * @param overlay what covers the session, if anything
 * @param overlayText the text of an overlay that shows one: the step's whole note, a red flag, why "+" asks
 * @param pain the pain question before the start, while it is open
 * @param painKept "Pain 3 kept", once a score before the start was given
 * @param buttons a button for every command
 */
public record SessionScreen(String routineName, String header, SessionState state, Banner banner,
        Optional<SegmentKind> kind, String badge, String label, String details, OptionalInt angle, boolean manual,
        String remaining, String instruction, double remainingFraction, boolean finalSeconds, double stepProgress,
        String stepTime, Optional<String> note, Optional<String> warning, double sessionProgress, String sessionTime,
        String nextLead, String next, Optional<SegmentKind> nextKind, Optional<String> notice, Overlay overlay,
        Optional<String> overlayText, Optional<PainPrompt> pain, Optional<String> painKept, List<CommandButton> buttons) implements Screen {

    public SessionScreen {
        buttons = List.copyOf(buttons);
    }

    /** What covers the session, with its question and the keys that answer it. */
    public enum Overlay {
        NONE("", ""),
        /** Every key. */
        HELP("Keys", "any key: back to the session"),
        /** After q, Esc or the Stop button. */
        CONFIRM_STOP("Stop the session?", "y stop now   any other key: carry on"),
        /** After the window's close button, during a session. */
        CONFIRM_CLOSE("Stop the session and close the window?", "y stop and close   any other key: carry on"),
        /** The pain question before the start. */
        PAIN_BEFORE("", ""),
        /** The step's whole note (before the start, with the routine's warnings), titled with its label. */
        DETAILS("", "any key: back to the session"),
        /** A pain score that calls for care, said before anything else. */
        RED_FLAG("Pain: a red flag", "any key: back to the session"),
        /** "+" past the step's dose limit: why, and whether to add the time anyway. */
        CONFIRM_DOSE("Add 30 seconds?", "+ or y add it anyway   any other key: no");

        private final String title;
        private final String keys;

        Overlay(String title, String keys) {
            this.title = title;
            this.keys = keys;
        }

        public String title() {
            return title;
        }

        public String keys() {
            return keys;
        }
    }

    /** The button for {@code command}, if the screen has one. */
    public Optional<CommandButton> button(dev.hangtime.core.control.Command command) {
        return buttons.stream().filter(b -> b.command() == command).findFirst();
    }
}
