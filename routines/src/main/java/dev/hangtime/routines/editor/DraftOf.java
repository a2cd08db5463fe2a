package dev.hangtime.routines.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.format.RoutineWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A routine as a draft to edit: its canonical file, as {@code RoutineWriter} writes it, taken apart field by field,
 * so that writing the draft back gives the same routine.
 */
public final class DraftOf {

    private static final JsonFactory JSON = new JsonFactory();

    private DraftOf() {
    }

    /** {@code routine}, to edit. */
    public static RoutineDraft routine(Routine routine) {
        try {
            return text(RoutineWriter.write(routine));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a routine's own canonical form", e);
        }
    }

    /**
     * The draft that {@code text}, a file {@link DraftJson} wrote, stands for: every field as it was typed, whether
     * or not it is a routine yet.
     *
     * @throws IOException if it is not such a file
     */
    public static RoutineDraft text(String text) throws IOException {
        RoutineDraft draft = new RoutineDraft();
        try (JsonParser in = JSON.createParser(text)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a routine's draft: it does not start with {");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                switch (name) {
                    case "steps":
                        draft.steps().addAll(steps(in));
                        break;
                    case "cues":
                        cues(in, draft::value);
                        break;
                    case "hangtime":
                        break;
                    default:
                        draft.value(name, text(in));
                }
            }
        }
        return draft;
    }

    private static List<DraftStep> steps(JsonParser in) throws IOException {
        List<DraftStep> steps = new ArrayList<>();
        while (in.nextToken() == JsonToken.START_OBJECT) {
            DraftStep step = new DraftStep("");
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                switch (name) {
                    case "type":
                        step.type(in.getText());
                        break;
                    case "steps":
                        step.steps().addAll(steps(in));
                        break;
                    case "cues":
                        cues(in, step::value);
                        break;
                    default:
                        step.value(name, text(in));
                }
            }
            steps.add(step);
        }
        return steps;
    }

    private interface Setter {
        void set(String name, String text);
    }

    private static void cues(JsonParser in, Setter set) throws IOException {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            set.set("cues." + name, text(in));
        }
    }

    /** A value as the form shows it: a list as its items with commas between. */
    private static String text(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                items.add(in.getText());
            }
            return String.join(", ", items);
        }
        return in.getText();
    }
}
