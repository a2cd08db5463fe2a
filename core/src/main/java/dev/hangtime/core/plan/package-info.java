/**
 * Plans with no I/O: multi-week schedules of sessions built from routines, the routine a day runs with the
 * week's values, and where someone following a plan stands, worked out from what they did.
 *
 * <p>Entry points: {@link dev.hangtime.core.plan.Plan} (stages of {@link dev.hangtime.core.plan.PlanSession}s
 * with {@link dev.hangtime.core.plan.WeekValues}), {@link dev.hangtime.core.plan.DayRoutine#build} (a routine
 * with a week's values), {@link dev.hangtime.core.plan.Progress#of} (advance, repeat, hold back).
 */
package dev.hangtime.core.plan;
