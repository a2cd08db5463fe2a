/**
 * Safety with no I/O: who must not invert, where the user stands with the safety screen, and what becomes of a
 * session because of it, for both front ends.
 *
 * <p>Entry points: {@link dev.hangtime.core.safety.SafetyList} (the list and its version), {@link
 * dev.hangtime.core.safety.Screening#of} (an answer kept, and the day: ask, clear or something applies), {@link
 * dev.hangtime.core.safety.SafetyGate#decide} (what runs), {@link dev.hangtime.core.safety.InversionFilter} and
 * {@link dev.hangtime.core.safety.ShortCheck} (the routine without inversion; the safety prompt made short),
 * {@link dev.hangtime.core.safety.SessionSafety} (what the session controller is told).
 */
package dev.hangtime.core.safety;
