package dev.hangtime.tui.screen;

/**
 * One line of the library's detail pane.
 *
 * @param text what it says
 * @param role how it looks
 */
record DetailLine(String text, Role role) {

    /** How a line looks. */
    enum Role { HEADING, TEXT, MUTED, WARNING, ERROR }

    static DetailLine blank() {
        return new DetailLine("", Role.TEXT);
    }
}
