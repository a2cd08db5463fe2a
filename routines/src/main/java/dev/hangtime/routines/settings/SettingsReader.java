package dev.hangtime.routines.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hangtime.core.routine.Cues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the settings file leniently: every good value is kept, every bad one is reported (as
 * {@code file:line:col: field: problem}) and replaced by its default, so one slip never costs the rest.
 */
final class SettingsReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> KNOWN = List.of("volume", "voice", "countdown", "mute", "theme", "onTop");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    /** How many of the problems are settings given twice, which keep their first value rather than the default. */
    private int twice;
    private Settings settings = Settings.DEFAULTS;

    private SettingsReader(String file) {
        this.file = file;
    }

    /** Reads {@code text}, the content of {@code file} (named as the user would know it). */
    static LoadedSettings read(String file, String text) {
        SettingsReader reader = new SettingsReader(file);
        try {
            reader.parse(text);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            reader.problems.clear();
            reader.settings = Settings.DEFAULTS;
            reader.problems.add(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            reader.problems.add(file + ": " + e.getMessage());
        }
        int defaulted = reader.problems.size() - reader.twice;
        Optional<String> problem = reader.problems.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", reader.problems) + "\n(" + (defaulted == 0 ? ""
                        : "using the defaults for " + (defaulted == 1 ? "it" : "these") + "; ")
                        + "fix the file or delete it to start afresh)");
        return new LoadedSettings(reader.settings, problem);
    }

    private void parse(String text) throws IOException {
        try (JsonParser json = JSON.createParser(text)) {
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problem(json.currentTokenLocation(), "", "settings are a JSON object, such as {\"volume\": 80}");
                return;
            }
            Map<String, JsonLocation> seen = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonLocation nameAt = json.currentTokenLocation();
                json.nextToken();
                JsonLocation earlier = seen.putIfAbsent(name, nameAt);
                if (earlier != null) {
                    // The first counts; which one a reader takes is not something JSON settles, so it is said.
                    problem(nameAt, name, "given twice; the first, at line " + earlier.getLineNr() + ", column "
                            + earlier.getColumnNr() + ", counts (remove one)");
                    twice++;
                    json.skipChildren();
                    continue;
                }
                field(json, name, nameAt);
            }
            if (json.nextToken() != null) {
                problem(json.currentTokenLocation(), "", "nothing may follow the settings object");
            }
        }
    }

    private void field(JsonParser json, String name, JsonLocation nameAt) throws IOException {
        JsonLocation at = json.currentTokenLocation();
        JsonToken token = json.currentToken();
        switch (name) {
            case "volume":
                number(json, at, name, Settings.MAX_VOLUME).ifPresent(v -> settings = settings.withVolume(v));
                break;
            case "countdown":
                number(json, at, name, Cues.MAX_COUNTDOWN).ifPresent(v -> settings = settings.withCountdown(v));
                break;
            case "voice":
                flag(json, at, name).ifPresent(v -> settings = settings.withVoice(v));
                break;
            case "mute":
                flag(json, at, name).ifPresent(v -> settings = settings.withMute(v));
                break;
            case "theme":
                theme(json, at, name).ifPresent(v -> settings = settings.withTheme(v));
                break;
            case "onTop":
                flag(json, at, name).ifPresent(v -> settings = settings.withOnTop(v));
                break;
            default:
                problem(nameAt, name, "unknown setting (known: " + String.join(", ", KNOWN) + ")");
                if (token.isStructStart()) {
                    json.skipChildren();
                }
        }
    }

    private Optional<Integer> number(JsonParser json, JsonLocation at, String name, int max) throws IOException {
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT && json.getLongValue() >= 0
                && json.getLongValue() <= max) {
            return Optional.of(json.getIntValue());
        }
        problem(at, name, "must be a whole number from 0 to " + max);
        json.skipChildren();
        return Optional.empty();
    }

    private Optional<Boolean> flag(JsonParser json, JsonLocation at, String name) throws IOException {
        if (json.currentToken().isBoolean()) {
            return Optional.of(json.getBooleanValue());
        }
        problem(at, name, "must be true or false");
        json.skipChildren();
        return Optional.empty();
    }

    private Optional<WindowTheme> theme(JsonParser json, JsonLocation at, String name) throws IOException {
        Optional<WindowTheme> theme = json.currentToken() == JsonToken.VALUE_STRING
                ? WindowTheme.of(json.getText()) : Optional.empty();
        if (theme.isEmpty()) {
            problem(at, name, "must be \"system\", \"light\" or \"dark\"");
            json.skipChildren();
        }
        return theme;
    }

    private void problem(JsonLocation at, String field, String message) {
        String where = file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
        problems.add(field.isEmpty() ? where + message : where + field + ": " + message);
    }
}
