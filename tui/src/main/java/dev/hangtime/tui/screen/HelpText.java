package dev.hangtime.tui.screen;

import java.util.List;

/** The words of the help screens: every key, as the command-line contract lists them. */
final class HelpText {

    static final String FOOT = "Any key closes this help.";

    private HelpText() {
    }

    static List<String[]> session(Glyphs g) {
        return List.of(
                new String[] {"Space", "start, pause, resume"},
                new String[] {"Enter", "done, on a step that waits for you"},
                new String[] {g.right() + " or n", "skip to the next step"},
                new String[] {g.left() + " or b", "back to the start of this step, or to the previous one if this "
                        + "one began under 3 s ago"},
                new String[] {"+", "add 30 seconds to this step"},
                new String[] {"m", "sound on or off"},
                new String[] {"q or Esc", "stop the session (asks first)"},
                new String[] {"?", "this help"},
                new String[] {"Ctrl-C", "stop at once"});
    }

    static List<String[]> library(Glyphs g) {
        return List.of(
                new String[] {"letters", "filter by name or tag"},
                new String[] {"Backspace", "take back a letter of the filter"},
                new String[] {g == Glyphs.UNICODE ? "↑ ↓" : "Up Down", "choose a routine"},
                new String[] {"PgUp PgDn", "scroll the details"},
                new String[] {"Enter", "run the chosen routine"},
                new String[] {"Tab", "history: past sessions, streak, minutes and pain"},
                new String[] {"Esc", "clear the filter; with no filter, leave"},
                new String[] {"?", "this help"},
                new String[] {"Ctrl-C", "leave at once"});
    }

    static List<String[]> history(Glyphs g) {
        return List.of(
                new String[] {g == Glyphs.UNICODE ? "↑ ↓" : "Up Down", "scroll the sessions a line"},
                new String[] {"PgUp PgDn", "scroll them a page"},
                new String[] {"Home End", "the newest, the oldest"},
                new String[] {"Esc, q or Tab", "back to the library"},
                new String[] {"?", "this help"},
                new String[] {"Ctrl-C", "leave at once"});
    }
}
