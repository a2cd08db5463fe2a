/**
 * The terminal's side of sound: {@link dev.hangtime.tui.sound.TerminalStandIns}, what stands in for a cue when no
 * sound can be heard. The player itself is shared: {@code dev.hangtime.routines.sound}.
 */
package dev.hangtime.tui.sound;
