package dev.hangtime.desktop;

import dev.hangtime.desktop.sound.SoundPath;
import java.util.Optional;

/**
 * The command line of {@code hangtime-desktop}: an optional ROUTINE (an id, a name or a path to a .json file),
 * and {@code --sound line|clip|flash} to pick the first sound path to try.
 *
 * @param routine the routine to open ready to start; empty for the library
 * @param sound the sound path tried first
 * @param help whether the user asked for the usage
 */
record Arguments(Optional<String> routine, SoundPath sound, boolean help) {

    static final String USAGE = String.join("\n",
            "Usage: hangtime-desktop [ROUTINE] [--sound line|clip|flash]",
            "",
            "Opens the Hangtime window on the library, or with ROUTINE (an id, a name, or a path to a .json file)",
            "straight on that routine's session, ready to start with Space.",
            "",
            "  --sound PATH  the sound path to try first: line (javax.sound, the default), clip (JavaFX media),",
            "                flash (no sound: the window flashes at each cue)",
            "  -h, --help    this help");

    /** The arguments in {@code args}; a wrong one throws with a one-line reason. */
    static Arguments parse(String[] args) {
        Optional<String> routine = Optional.empty();
        SoundPath sound = SoundPath.LINE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Arguments(routine, sound, true);
            } else if (arg.equals("--sound") || arg.startsWith("--sound=")) {
                String value;
                if (arg.startsWith("--sound=")) {
                    value = arg.substring("--sound=".length());
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("--sound needs a value: line, clip or flash");
                }
                sound = SoundPath.of(value).orElseThrow(() -> new IllegalArgumentException(
                        "--sound must be line, clip or flash, not " + printable(value)));
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new IllegalArgumentException("unknown option " + printable(arg));
            } else if (routine.isPresent()) {
                throw new IllegalArgumentException("one ROUTINE at most, not also " + printable(arg));
            } else {
                routine = Optional.of(arg);
            }
        }
        return new Arguments(routine, sound, false);
    }

    /** What the user typed, safe to print: control characters could drive the terminal. */
    private static String printable(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", "?");
    }
}
