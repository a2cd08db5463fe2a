/**
 * The wording of the journal for people, shared by the command line and every screen:
 * {@link dev.hangtime.routines.history.HistoryText} for sessions (a row of cells each, or aligned lines) and
 * {@link dev.hangtime.routines.history.StatsText} for the streak, weekly figures and pain trends.
 */
package dev.hangtime.routines.history;
