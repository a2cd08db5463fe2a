package dev.hangtime.tui.screen;

import dev.hangtime.core.control.KeyMap;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the help screens: every key, as the command-line contract lists them. */
final class HelpText {

    static final String FOOT = "Any key closes this help.";

    private HelpText() {
    }

    /** The session's keys, from the shared key map, with the arrows as {@code g} can show them. */
    static List<String[]> session(Glyphs g) {
        return KeyMap.SESSION.stream()
                .map(b -> new String[] {arrows(b.keys(), g), arrows(b.action(), g)})
                .collect(Collectors.toList());
    }

    private static String arrows(String text, Glyphs g) {
        return text.replace("→", g.right()).replace("←", g.left());
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
