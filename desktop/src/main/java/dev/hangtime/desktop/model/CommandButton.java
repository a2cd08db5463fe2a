package dev.hangtime.desktop.model;

import dev.hangtime.core.control.Command;

/**
 * One of the session's buttons: a command, with what it does now and the keys that do the same.
 *
 * @param command what it does
 * @param label the button's words now, such as "Pause" or "Resume"
 * @param keys the keys that do the same, as the help lists them
 * @param enabled whether it does anything now
 */
public record CommandButton(Command command, String label, String keys, boolean enabled) {
}
