package dev.hangtime.core.safety;

import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.Timeline;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-session safety prompt, made short once the safety screen has been answered: a prompt whose label ends
 * in "safety check" (as in every built-in inversion routine) says only what to check today, and its full text and
 * note stay one key away ({@code i}). Only what is shown changes: the routine itself, and so what the journal keeps
 * and what resume picks up, stays as it is.
 */
public final class ShortCheck {

    /** What the check says instead, at most 500 characters as every prompt. */
    public static final String TEXT = "Safety check: tether set, and nothing on the safety list applies to you"
            + " today (if something does now, stop here and change your answer). Press Enter at the table; you then"
            + " have the lead-in to lock your ankles and lie back. Press i for the full safety text.";

    private ShortCheck() {
    }

    /** Whether {@code step} is a per-session safety prompt. */
    public static boolean isSafetyCheck(Step step) {
        return step instanceof Prompt && step.style().label().map(ShortCheck::isSafetyLabel).orElse(false);
    }

    /** By segment index, what each safety prompt of {@code timeline} says in short. */
    public static Map<Integer, String> shortTexts(Timeline timeline) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (Segment segment : timeline.segments()) {
            if (segment.kind() == SegmentKind.PROMPT && isSafetyLabel(segment.label())) {
                texts.put(segment.index(), TEXT);
            }
        }
        return Map.copyOf(texts);
    }

    /** {@code segment} saying {@code text} instead of its note. */
    public static Segment saying(Segment segment, String text) {
        return new Segment(segment.index(), segment.kind(), segment.label(), segment.length(), Optional.of(text),
                segment.side(), segment.set(), segment.rep(), segment.round(), segment.angle(), segment.countdown(),
                segment.halfway(), segment.reminder(), segment.switchesSides(), segment.step());
    }

    private static boolean isSafetyLabel(String label) {
        return label.toLowerCase(Locale.ROOT).endsWith("safety check");
    }
}
