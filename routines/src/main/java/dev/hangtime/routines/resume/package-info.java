/**
 * Picking up a session that was cut off (a crash, a power loss, a kill), for both front ends.
 *
 * <p>Entry points: {@link dev.hangtime.routines.resume.Resumption#find} (the session this device may pick up,
 * with the routine it ran, as it was), which is a {@link dev.hangtime.routines.resume.Resumable} that a front end
 * offers and answers, getting a {@link dev.hangtime.routines.resume.Continuation} to run; {@link
 * dev.hangtime.routines.resume.ResumeText} words it. The journal's side (finding the cut-off, planning how it goes
 * on) is {@link dev.hangtime.routines.journal.CutOff} and {@link dev.hangtime.routines.journal.ResumePlan}.
 */
package dev.hangtime.routines.resume;
