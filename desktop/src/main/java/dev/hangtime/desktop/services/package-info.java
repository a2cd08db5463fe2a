/**
 * What runs beside each session the window runs: its sound and its journal, kept where the terminal app keeps it.
 *
 * <p>Entry point: {@link dev.hangtime.desktop.services.DesktopSetup}.
 */
package dev.hangtime.desktop.services;
