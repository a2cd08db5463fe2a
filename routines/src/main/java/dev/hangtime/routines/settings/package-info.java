/**
 * The user's settings: {@link dev.hangtime.routines.settings.SettingsFile#load} reads {@code settings.json} with a
 * default for whatever is missing or wrong and one message about it, and {@link
 * dev.hangtime.routines.settings.SettingsFile#save} replaces it whole.
 */
package dev.hangtime.routines.settings;
