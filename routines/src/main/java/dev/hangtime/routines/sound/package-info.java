/**
 * Playing cues through the system's sound output, for every front end, and never giving up on it.
 *
 * <p>Entry points: {@link dev.hangtime.routines.sound.SessionSound}, a session's sound set up from the
 * settings, with where sound stands ({@link dev.hangtime.core.cue.SoundStatus}) for a header and its
 * changes for a listener ({@link dev.hangtime.routines.sound.SoundStatusListener});
 * {@link dev.hangtime.routines.sound.SystemSound}, the cue player: the javax.sound line, reopened after
 * trouble, and the front end's {@link dev.hangtime.core.cue.StandIn} (the terminal bell, a flash) for
 * each cue that cannot be heard in time. Trouble is told through {@link dev.hangtime.core.notice.Notices};
 * nothing here prints. docs/audio.md has the design and the figures.
 */
package dev.hangtime.routines.sound;
