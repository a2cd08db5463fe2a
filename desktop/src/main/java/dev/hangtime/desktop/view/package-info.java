/**
 * The window's JavaFX views, which draw what the view-models give and hand keys and clicks back.
 *
 * <p>Entry points: {@link dev.hangtime.desktop.view.LibraryPane}, {@link dev.hangtime.desktop.view.SessionPane}
 * (the session and its end page), {@link dev.hangtime.desktop.view.ResumePane} (the offer to pick up a session
 * cut off), {@link dev.hangtime.desktop.view.SafetyPane} and {@link dev.hangtime.desktop.view.NotRunPane} (the
 * safety screen, and a routine it leaves nothing of), {@link dev.hangtime.desktop.view.EditorPane} (the routine
 * editor), {@link dev.hangtime.desktop.view.HistoryPane}, {@link dev.hangtime.desktop.view.SettingsPane},
 * {@link dev.hangtime.desktop.view.WindowBar} (full screen, on top, theme),
 * {@link dev.hangtime.desktop.view.Theme} and {@link dev.hangtime.desktop.view.FxKeys} (JavaFX key events as the
 * shared key map's keys).
 */
package dev.hangtime.desktop.view;
