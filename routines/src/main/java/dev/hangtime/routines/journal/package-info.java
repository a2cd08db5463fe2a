/**
 * The session journal ({@code docs/journal.md}): one appended file per device. Writing: {@link
 * dev.hangtime.routines.journal.SessionJournal} turns a session's events into lines, which a {@link
 * dev.hangtime.routines.journal.JournalWriter} appends and forces on a thread of its own. Reading: {@link
 * dev.hangtime.routines.journal.History#read} folds every device's file, sync tools' copies merged, into {@link
 * dev.hangtime.routines.journal.SessionRecord}s, and {@link dev.hangtime.routines.journal.Stats#of} sums them up.
 * Resuming: {@link dev.hangtime.routines.journal.CutOff#find}, {@link dev.hangtime.routines.journal.ResumePlan#of}
 * and the exclusive {@link dev.hangtime.routines.journal.ResumeClaim#take}.
 */
package dev.hangtime.routines.journal;
