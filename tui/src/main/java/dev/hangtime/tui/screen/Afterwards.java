package dev.hangtime.tui.screen;

import java.util.function.IntFunction;

/**
 * Where the app goes once a session is over: out with the session's exit status when it was started with
 * {@code hangtime run}, back to the library when it was picked there.
 *
 * @param label what the end screen's Enter key says it does
 * @param then the turn to take, given the session's exit status
 */
record Afterwards(String label, IntFunction<Turn> then) {

    static final Afterwards EXIT = new Afterwards("close", Turn::exit);
}
