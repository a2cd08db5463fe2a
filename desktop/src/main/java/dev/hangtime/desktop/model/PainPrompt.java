package dev.hangtime.desktop.model;

import java.util.Optional;

/**
 * The pain question while it is open, as the window shows it.
 *
 * @param question "How is your pain now, 0–10?"
 * @param typed the digits typed so far
 * @param problem why the last score was refused, until the next digit
 * @param keys what the keys do while it asks
 */
public record PainPrompt(String question, String typed, Optional<String> problem, String keys) {
}
