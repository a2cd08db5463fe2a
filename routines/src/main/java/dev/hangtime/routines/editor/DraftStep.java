package dev.hangtime.routines.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step as the editor holds it: its type, each field's text as typed (an empty text is a field left out), and,
 * for a repeat, the steps inside. Mutable: the form edits it in place.
 */
public final class DraftStep {

    private String type;
    private TypedValues values = new TypedValues();
    private final List<DraftStep> steps = new ArrayList<>();

    public DraftStep(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Changes the type; the fields the new type also has keep their text, the others are dropped. */
    public void type(String newType) {
        type = newType;
        values.keepOnly(name -> StepForms.field(newType, name).isPresent());
        if (!newType.equals("repeat")) {
            steps.clear();
        }
    }

    /** The text of field {@code name}, empty when it is left out. */
    public String value(String name) {
        return values.get(name);
    }

    /** Sets the text of field {@code name}; an empty or blank text leaves the field out. */
    public void value(String name, String text) {
        values.set(name, text);
    }

    /** The fields given, in the order they were given. */
    public Map<String, String> values() {
        return values.all();
    }

    /** The steps inside a repeat, to edit in place; empty for any other type. */
    public List<DraftStep> steps() {
        return steps;
    }

    /** A deep copy. */
    public DraftStep copy() {
        DraftStep copy = new DraftStep(type);
        copy.values = values.copy();
        steps.forEach(s -> copy.steps.add(s.copy()));
        return copy;
    }
}
