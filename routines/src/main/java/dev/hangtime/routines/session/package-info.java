/**
 * What runs beside a session on disk and devices, for both front ends: its sound and its journal.
 *
 * <p>Entry points: {@link dev.hangtime.routines.session.JournalPainScores} (pain scores kept in the session's
 * journal).
 */
package dev.hangtime.routines.session;
