/**
 * Plans on disk, for both front ends: the library of built-in and user plans, their state read from the journal
 * (nothing else keeps it), what is due today, and their words.
 *
 * <p>Entry points: {@link dev.hangtime.routines.plan.PlanLibrary#load} (built-in plans and the user's
 * {@code plans/} folder), {@link dev.hangtime.routines.plan.PlanState#of} (the plans being followed, and where
 * each stands), {@link dev.hangtime.routines.plan.DueSession#today} and {@link dev.hangtime.routines.plan.PlanDay}
 * (a session as it runs today, with the week's values, its journal tag and dose limits), {@link
 * dev.hangtime.routines.plan.PlanJournal} (start and stop), {@link dev.hangtime.routines.plan.PlanText}.
 */
package dev.hangtime.routines.plan;
