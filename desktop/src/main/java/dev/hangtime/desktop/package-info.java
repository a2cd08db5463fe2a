/**
 * The {@code hangtime-desktop} command: a JavaFX window on the shared layer, for the same routines, settings and
 * journal as the terminal app.
 *
 * <p>Entry points: {@link dev.hangtime.desktop.Launcher} (the jar's main class), {@link
 * dev.hangtime.desktop.Training} (the launcher's class-data archive's training run). The window itself is
 * {@code DesktopApp}: the library, a session and back, full screen, always on top, light or dark, and closing
 * that asks first during a session.
 */
package dev.hangtime.desktop;
