package dev.hangtime.core.control;

import java.util.List;
import java.util.Optional;

/**
 * What each key and each line of plain-mode input does, in one table: the "Keys, the same in both front ends"
 * of the command-line contract. The help screens are written from it, so they cannot say otherwise.
 */
public final class KeyMap {

    /**
     * One row of the table.
     *
     * @param command what the keys do
     * @param keys the keys, as the help shows them ({@code →} and {@code ←} are the arrow keys)
     * @param action what the help says they do
     */
    public record Binding(Command command, String keys, String action) {
    }

    /** The session's keys, in the order the help lists them. */
    public static final List<Binding> SESSION = List.of(
            new Binding(Command.TOGGLE, "Space", "start, pause, resume"),
            new Binding(Command.DONE, "Enter", "done, on a step that waits for you"),
            new Binding(Command.SKIP, "→ or n", "skip this part: one rep, one side, one rest"),
            new Binding(Command.SKIP_STEP, "Shift+→ or N", "skip the rest of this step: all its sets, reps and sides"),
            new Binding(Command.BACK, "← or b",
                    "back to the start of this part, or to the one before if this one began under 3 s ago"),
            new Binding(Command.FORWARD, "PgDn PgUp", "a remote's next and back: done or skip, and back"),
            new Binding(Command.ADD_TIME, "+", "add 30 seconds to this part"),
            new Binding(Command.SOUND, "m", "sound on or off"),
            new Binding(Command.STOP, "q or Esc", "stop the session (asks first)"),
            new Binding(Command.HELP, "?", "this help"),
            new Binding(Command.DETAILS, "i", "the step's full text, such as the whole safety check"),
            new Binding(Command.INTERRUPT, "Ctrl-C", "stop at once"));

    /** What plain mode's input lines do, for its prompt and its complaint about a line it does not know. */
    public static final String LINES_HELP =
            "empty line: done, p: pause or resume, n: skip, N: skip the step, b: back, +: add 30 s, i: the step's full"
                    + " text, q: stop";

    private KeyMap() {
    }

    /** The command {@code key} gives during a session. */
    public static Command session(Key key) {
        if (key.isInterrupt()) {
            return key.name() == Key.Name.END_OF_INPUT ? Command.CUT_OFF : Command.INTERRUPT;
        }
        switch (key.name()) {
            case ENTER:
                return Command.DONE;
            case RIGHT:
                return key.shift() ? Command.SKIP_STEP : Command.SKIP;
            case LEFT:
            case PAGE_UP:
                return Command.BACK;
            case PAGE_DOWN:
                return Command.FORWARD;
            case MEDIA_PLAY_PAUSE:
                return Command.TOGGLE;
            case ESCAPE:
                return Command.STOP;
            case CHARACTER:
                return key.isPlainCharacter() ? ofCharacter(key.character()) : Command.NONE;
            default:
                return Command.NONE;
        }
    }

    /** The command a line of plain-mode input stands for, as the contract defines them. */
    public static Optional<Command> line(String line) {
        switch (line.strip()) {
            case "": return Optional.of(Command.DONE);
            case "p": return Optional.of(Command.TOGGLE);
            case "n": return Optional.of(Command.SKIP);
            case "N": return Optional.of(Command.SKIP_STEP);
            case "b": return Optional.of(Command.BACK);
            case "+": return Optional.of(Command.ADD_TIME);
            case "q": return Optional.of(Command.STOP);
            case "i": return Optional.of(Command.DETAILS);
            default: return Optional.empty();
        }
    }

    /** Whether {@code key} answers yes to "Stop the session?": y, or q pressed a second time. */
    public static boolean isYes(Key key) {
        if (!key.isPlainCharacter()) {
            return false;
        }
        char c = Character.toLowerCase(key.character());
        return c == 'y' || c == 'q';
    }

    /** Whether {@code key} answers yes to "add the time anyway?": y, or + pressed a second time. */
    public static boolean confirmsAddedTime(Key key) {
        if (!key.isPlainCharacter()) {
            return false;
        }
        char c = Character.toLowerCase(key.character());
        return c == 'y' || c == '+';
    }

    private static Command ofCharacter(char c) {
        if (c == 'N') {
            // Shift with n, as Shift with →: the whole step.
            return Command.SKIP_STEP;
        }
        switch (Character.toLowerCase(c)) {
            case ' ': return Command.TOGGLE;
            case 'n': return Command.SKIP;
            case 'b': return Command.BACK;
            case '+': return Command.ADD_TIME;
            case 'm': return Command.SOUND;
            case 'q': return Command.STOP;
            case '?': return Command.HELP;
            case 'i': return Command.DETAILS;
            default: return Command.NONE;
        }
    }
}
