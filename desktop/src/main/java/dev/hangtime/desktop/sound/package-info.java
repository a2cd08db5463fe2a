/**
 * How the window sounds a session's cues: the shared javax.sound line player first, javafx-media's AudioClip
 * when the line cannot open, a flash of the window when nothing can sound.
 *
 * <p>Entry point: {@link dev.hangtime.desktop.sound.DesktopSound}; {@link dev.hangtime.desktop.sound.ClipPlayer}
 * is the AudioClip player on its own, for the audible comparison.
 */
package dev.hangtime.desktop.sound;
