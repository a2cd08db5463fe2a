package dev.hangtime.routines.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A routine as the editor holds it while it is written: the routine's own fields as typed, and its steps. It
 * becomes a file through {@link DraftJson}, and is checked by reading that file as {@code hangtime validate} does
 * ({@link DraftCheck}), so that the editor says exactly what validate says.
 */
public final class RoutineDraft {

    private TypedValues values = new TypedValues();
    private final List<DraftStep> steps = new ArrayList<>();

    /** The routine's field {@code name} as typed; empty when left out. */
    public String value(String name) {
        return values.get(name);
    }

    /** Sets the routine's field {@code name}; an empty or blank text leaves it out. */
    public void value(String name, String text) {
        values.set(name, text);
    }

    public Map<String, String> values() {
        return values.all();
    }

    /** The steps, to edit in place. */
    public List<DraftStep> steps() {
        return steps;
    }

    /**
     * The step at {@code path}: its index among the routine's steps, then among each repeat's steps inside.
     *
     * @throws IndexOutOfBoundsException if there is none
     */
    public DraftStep step(List<Integer> path) {
        List<DraftStep> level = steps;
        DraftStep step = null;
        for (int index : path) {
            step = level.get(index);
            level = step.steps();
        }
        if (step == null) {
            throw new IndexOutOfBoundsException("an empty path names no step");
        }
        return step;
    }

    /** The list that holds the step at {@code path}: the routine's steps, or a repeat's. */
    public List<DraftStep> siblings(List<Integer> path) {
        return path.size() == 1 ? steps : step(path.subList(0, path.size() - 1)).steps();
    }

    /**
     * Moves the step at {@code path} into the repeat just before it, as that repeat's last step; false (and nothing
     * moves) when the step before it is not a repeat.
     */
    public boolean indent(List<Integer> path) {
        List<DraftStep> siblings = siblings(path);
        int index = path.get(path.size() - 1);
        if (index == 0 || !siblings.get(index - 1).type().equals("repeat")) {
            return false;
        }
        siblings.get(index - 1).steps().add(siblings.remove(index));
        return true;
    }

    /**
     * Moves the step at {@code path} out of the repeat that holds it, to just after that repeat; false (and nothing
     * moves) for a step of the routine's own.
     */
    public boolean outdent(List<Integer> path) {
        if (path.size() < 2) {
            return false;
        }
        List<Integer> repeat = path.subList(0, path.size() - 1);
        DraftStep step = siblings(path).remove((int) path.get(path.size() - 1));
        siblings(repeat).add(repeat.get(repeat.size() - 1) + 1, step);
        return true;
    }

    /** A deep copy. */
    public RoutineDraft copy() {
        RoutineDraft copy = new RoutineDraft();
        copy.values = values.copy();
        steps.forEach(s -> copy.steps.add(s.copy()));
        return copy;
    }
}
