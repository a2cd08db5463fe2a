/**
 * The full-screen terminal app, drawn with Lanterna. {@link dev.hangtime.tui.screen.FullScreenApp} is the entry
 * point the command calls: a session, the library (with the history behind Tab and the offer to pick a cut-off
 * session up) or the offer alone; its {@code Options} say how sessions are set up
 * ({@link dev.hangtime.tui.screen.SessionSetup}) and {@link dev.hangtime.tui.screen.ScreenHooks} is how a setup
 * reaches the screen. {@link dev.hangtime.tui.screen.ArchiveTraining} paints every page once for the class-data
 * archive.
 *
 * <p>Inside, each screen is a {@code Page} (its keys and state) with a painter (its layout on a {@code Canvas});
 * the pages where nothing runs share {@code StillPage}. Words and times come from {@code dev.hangtime.core.text}
 * and {@code dev.hangtime.routines.history}, the library's list from {@code dev.hangtime.routines.library}.
 */
package dev.hangtime.tui.screen;
