package dev.hangtime.core.routine;

import java.util.List;

/** Whether an exercise is done once per set, or on the left and then on the right. */
public enum Sides {
    ONE(List.of()), BOTH(List.of(Side.LEFT, Side.RIGHT));

    private final List<Side> order;

    Sides(List<Side> order) {
        this.order = order;
    }

    /** The sides in the order they are worked; empty for a one-sided exercise. */
    public List<Side> order() {
        return order;
    }

    /** The name used in files: {@code "one"} or {@code "both"}. */
    public String word() {
        return this == ONE ? "one" : "both";
    }
}
