package dev.hangtime.routines.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A draft as a routine file: each field written as its kind says (a whole number as a number, words as a list,
 * and so on). What does not fit its kind is written as the text typed, so that the reader refuses it with its own
 * message, at its own path; nothing typed is lost or changed here.
 */
public final class DraftJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

    private DraftJson() {
    }

    /** The file the draft stands for. */
    public static String of(RoutineDraft draft) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeNumberField("hangtime", 1);
            fields(out, draft.values(), StepForms.ROUTINE);
            out.writeArrayFieldStart("steps");
            for (DraftStep step : draft.steps()) {
                step(out, step);
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return text.toString() + "\n";
    }

    private static void step(JsonGenerator out, DraftStep step) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", step.type());
        List<FormField> form = StepForms.fields(step.type());
        fields(out, step.values(), form);
        if (step.type().equals("repeat")) {
            out.writeArrayFieldStart("steps");
            for (DraftStep inner : step.steps()) {
                step(out, inner);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** The fields of {@code form} that {@code values} gives, in the form's order; the cues as one object. */
    private static void fields(JsonGenerator out, Map<String, String> values, List<FormField> form)
            throws IOException {
        List<FormField> cues = new ArrayList<>();
        for (FormField field : form) {
            Optional<String> text = Optional.ofNullable(values.get(field.name()));
            if (text.isEmpty()) {
                continue;
            }
            if (field.name().startsWith("cues.")) {
                cues.add(field);
                continue;
            }
            out.writeFieldName(field.name());
            value(out, field.kind(), text.get().strip());
        }
        if (!cues.isEmpty()) {
            out.writeObjectFieldStart("cues");
            for (FormField field : cues) {
                out.writeFieldName(field.name().substring("cues.".length()));
                value(out, field.kind(), values.get(field.name()).strip());
            }
            out.writeEndObject();
        }
    }

    private static void value(JsonGenerator out, FieldKind kind, String text) throws IOException {
        switch (kind) {
            case INTEGER:
            case DURATION:
                number(out, text);
                break;
            case INTEGERS:
                if (text.contains(",")) {
                    out.writeStartArray();
                    for (String part : text.split(",")) {
                        number(out, part.strip());
                    }
                    out.writeEndArray();
                } else {
                    number(out, text);
                }
                break;
            case WORDS:
                out.writeStartArray();
                for (String word : text.split(",")) {
                    if (!word.isBlank()) {
                        out.writeString(word.strip());
                    }
                }
                out.writeEndArray();
                break;
            case FLAG:
                if (text.equals("true") || text.equals("false")) {
                    out.writeBoolean(Boolean.parseBoolean(text));
                } else {
                    out.writeString(text);
                }
                break;
            default:
                out.writeString(text);
        }
    }

    private static void number(JsonGenerator out, String text) throws IOException {
        if (WHOLE.matcher(text).matches()) {
            out.writeNumber(Integer.parseInt(text));
        } else {
            out.writeString(text);
        }
    }
}
