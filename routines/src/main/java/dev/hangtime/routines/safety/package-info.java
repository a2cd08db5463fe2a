/**
 * The safety screen's answer on disk, for both front ends: kept in the journal, read back from it, and what to
 * offer instead of inversion.
 *
 * <p>Entry points: {@link dev.hangtime.routines.safety.SafetyRecords} (the answer in force in a history; keeping
 * and forgetting it), {@link dev.hangtime.routines.safety.JournalSafetyAnswers} (the answer as a front end asks
 * for it), {@link dev.hangtime.routines.safety.Alternatives} (routines and plans without inversion).
 */
package dev.hangtime.routines.safety;
