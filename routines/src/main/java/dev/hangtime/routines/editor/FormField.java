package dev.hangtime.routines.editor;

import java.util.List;

/**
 * A field of the editor's form, as the routine file names it.
 *
 * @param name the field's name in the file; {@code cues.countdown} for a field of the {@code cues} object
 * @param label what the form calls it
 * @param kind how it is typed and written
 * @param required whether the format requires it (the form marks it; the reader says when it is missing)
 * @param choices the words a {@link FieldKind#CHOICE} takes; empty otherwise
 */
public record FormField(String name, String label, FieldKind kind, boolean required, List<String> choices) {

    public FormField {
        choices = List.copyOf(choices);
    }

    static FormField of(String name, String label, FieldKind kind, boolean required) {
        return new FormField(name, label, kind, required, List.of());
    }
}
