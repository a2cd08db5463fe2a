package dev.hangtime.routines.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The fields of a routine or a step as typed, by name: a field left empty or blank is a field left out. */
final class TypedValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The text of field {@code name}, empty when it is left out. */
    String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** Sets the text of field {@code name}; an empty or blank text leaves the field out. */
    void set(String name, String text) {
        if (text == null || text.isBlank()) {
            values.remove(name);
        } else {
            values.put(name, text);
        }
    }

    /** The fields given. */
    Map<String, String> all() {
        return Map.copyOf(values);
    }

    /** Drops the fields {@code name} is not one of. */
    void keepOnly(Predicate<String> name) {
        values.keySet().removeIf(name.negate());
    }

    /** A copy, to change apart from this one. */
    TypedValues copy() {
        TypedValues copy = new TypedValues();
        copy.values.putAll(values);
        return copy;
    }
}
