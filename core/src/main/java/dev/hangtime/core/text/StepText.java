package dev.hangtime.core.text;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words a session view shows about a step beside its label: the badge naming its kind, and where the step
 * stands (side, set, rep, round, table angle).
 */
public final class StepText {

    private StepText() {
    }

    /** The kind as its badge reads: "INVERSION". */
    public static String badge(SegmentKind kind) {
        return kind.word().toUpperCase(Locale.ROOT);
    }

    /**
     * Where the step stands, its parts joined by {@code separator}: "Switch sides! · Right side · Set 2/3 ·
     * Rep 4/5 · Round 1/2 · Table at 20°"; empty when the step has none of them.
     */
    public static String details(Segment segment, String separator) {
        List<String> parts = new ArrayList<>();
        if (segment.switchesSides()) {
            parts.add("Switch sides!");
        }
        segment.side().ifPresent(side -> parts.add(capitalised(side.word()) + " side"));
        segment.set().ifPresent(c -> parts.add("Set " + c));
        segment.rep().ifPresent(c -> parts.add("Rep " + c));
        segment.round().ifPresent(c -> parts.add("Round " + c));
        segment.angle().ifPresent(a -> parts.add("Table at " + a + "°"));
        return String.join(separator, parts);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
