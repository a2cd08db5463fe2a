/**
 * Playing cues through the system's sound output, for every front end. Entry points:
 * {@link dev.hangtime.routines.sound.SessionSound}, a session's sound set up from the settings, and
 * {@link dev.hangtime.routines.sound.SystemSound}, the cue player: the javax.sound line, or the front end's
 * stand-in (the terminal bell, a flash) when there is none. Trouble is told through
 * {@link dev.hangtime.core.notice.Notices}; nothing here prints.
 */
package dev.hangtime.routines.sound;
