package dev.hangtime.core.plan;

import java.time.LocalDate;

/**
 * A session run for a plan, as the journal tells it.
 *
 * @param day the day it started, where it started
 * @param routine the routine it ran
 * @param completed whether it ran to its end; a session stopped or cut off does not count towards the week
 */
public record DoneSession(LocalDate day, String routine, boolean completed) {
}
