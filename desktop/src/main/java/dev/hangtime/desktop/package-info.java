/**
 * The {@code hangtime-desktop} command: a JavaFX window on the shared layer, for the same routines, settings and
 * journal as the terminal app.
 *
 * <p>Entry points: {@link dev.hangtime.desktop.Launcher} (the jar's main class), {@link
 * dev.hangtime.desktop.Training} (the launcher's class-data archive's training run). The window itself is
 * {@code DesktopApp}: the library, a session and back, the resume offer, and closing that asks first during a
 * session; {@code LibraryPages} holds the editor, the history and the settings, {@code SafetyRoute} the safety
 * screen before inversion, and {@code WindowLook} the theme and always-on-top. {@code PausingPulseTimer} takes the
 * place of JavaFX's pulse timer on GTK, where it never sleeps.
 */
package dev.hangtime.desktop;
