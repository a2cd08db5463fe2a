/**
 * What runs beside a session on disk and devices, for both front ends: its sound and its journal.
 *
 * <p>Entry points: {@link dev.hangtime.routines.session.SoundAndJournal#setup} (how a front end readies each
 * session it runs), {@link dev.hangtime.routines.session.SoundAndJournal#attach} and {@code continuing} (the same
 * for a session run line by line or picked up again), and {@link dev.hangtime.routines.session.JournalSetup}
 * (where the journal is, which device writes it, and the clock that stamps it).
 */
package dev.hangtime.routines.session;
