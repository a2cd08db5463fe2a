/**
 * The window's view-models, which know no toolkit: the state and logic the views draw, tested on their own with
 * a fake clock.
 *
 * <p>Entry points: {@link dev.hangtime.desktop.model.LibraryModel} (the library listed, filtered as the user
 * types and by tag, and the detail of the routine picked); {@link dev.hangtime.desktop.model.SessionModel} (one
 * session over the shared controller, giving a {@link dev.hangtime.desktop.model.SessionScreen} or an
 * {@link dev.hangtime.desktop.model.EndScreen}); {@link dev.hangtime.desktop.model.SessionThread} (runs a
 * session model on a thread that sleeps until its next wake); {@link dev.hangtime.desktop.model.HistoryModel} (the
 * history's figures, from the same stats as {@code hangtime stats}); {@link dev.hangtime.desktop.model.SettingsModel}
 * (the settings page's values, saved to the shared file).
 */
package dev.hangtime.desktop.model;
