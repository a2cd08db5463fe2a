/**
 * A session as a front end runs it, with no I/O, so that both front ends behave alike and only draw and read
 * keys.
 *
 * <p>Entry points: {@link dev.hangtime.core.control.SessionController} (the ready, pain, running and end stages;
 * keys and commands in, a {@link dev.hangtime.core.control.SessionView} or an
 * {@link dev.hangtime.core.control.EndSummary} out, and when to wake next); {@link dev.hangtime.core.control.KeyMap}
 * (every key and plain-mode line, one table, from which the help is written); {@link
 * dev.hangtime.core.control.SessionSetup} and {@link dev.hangtime.core.control.SessionServices} (how the sound
 * and the journal are attached); {@link dev.hangtime.core.control.Outcome} and
 * {@link dev.hangtime.core.control.ExitStatus} (how a session and a command end); {@link
 * dev.hangtime.core.control.PainScale} and {@link dev.hangtime.core.control.PainQuestion} (the 0–10 scale); {@link
 * dev.hangtime.core.control.StepOutcomes} (which steps were completed and which skipped, counted alike by the end
 * page and the journal's history).
 */
package dev.hangtime.core.control;
