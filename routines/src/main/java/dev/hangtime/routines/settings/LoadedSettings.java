package dev.hangtime.routines.settings;

import java.util.Optional;

/**
 * Settings as read from the file, with what was wrong in it.
 *
 * @param settings what to use: the file's values, with defaults for anything missing or wrong
 * @param problem one message for the user, naming the file and every problem in it; empty when the file
 *     is fine or missing
 */
public record LoadedSettings(Settings settings, Optional<String> problem) {
}
