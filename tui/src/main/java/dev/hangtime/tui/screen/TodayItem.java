package dev.hangtime.tui.screen;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.DoseLimits;

/**
 * A session due today in a plan being followed, as the library's Today section lists it and runs it.
 *
 * @param plan the plan's name, and its week
 * @param title the session: its routine, the week's values and its length
 * @param state what there is to do about it: "to do", "done", "catch up", "week done"
 * @param timeline the routine with the week's values, expanded
 * @param setup its sound and journal, the journal naming the plan and day
 * @param limits how far "+" goes before it asks: the week's longest hold
 */
public record TodayItem(String plan, String title, String state, Timeline timeline, SessionSetup setup,
        DoseLimits limits) {
}
